// Sort keys that order strings exactly as Intl.Collator('uk') does, for names written in a
// common alphabet. Why not the collator alone: sorting the names of a 100,000-row export
// calls collator.compare about 1.5 million times, which was the largest single cost of the
// ingest in `npm run bench -- ingest` (target: within 4× the floor). A key is computed once
// per name and keys sort as plain strings, many times faster.

/**
 * The characters a key can be made for: the Ukrainian and Russian Cyrillic alphabets, the
 * basic Latin letters, digits, space and the punctuation names carry. Every one of them is a
 * single collation element in ICU's `uk` collation (no expansions or contractions), which
 * is what makes a per-character key exact; `collation-key.test.ts` checks it on random names.
 */
const ALPHABET =
  'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэ' +
  'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ' +
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' +
  '0123456789 -–—\'’ʼ‘`.,:;()«»"/№';

/**
 * Each character's rank at the three levels, read from the collator itself: characters
 * equal at `sensitivity: 'base'` share a primary rank, those also equal at 'accent' a
 * secondary one. Ranks are kept as UTF-16 code units from U+0021 up, so that U+0001 (the
 * level separator) sorts below every weight and a shorter name sorts first. Indexed by
 * char code × 3 (primary, secondary, tertiary); 0 = not in the alphabet.
 */
function weightTable(locale: string): Uint16Array {
  const full = new Intl.Collator(locale);
  const base = new Intl.Collator(locale, { sensitivity: 'base' });
  const accent = new Intl.Collator(locale, { sensitivity: 'accent' });
  const chars = [...ALPHABET].sort(full.compare);
  const table = new Uint16Array((Math.max(...chars.map((c) => c.charCodeAt(0))) + 1) * 3);
  let p = 0;
  let s = 0;
  let t = 0;
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    if (prev !== undefined) {
      if (base.compare(prev, c) !== 0) [p, s, t] = [p + 1, 0, 0];
      else if (accent.compare(prev, c) !== 0) [s, t] = [s + 1, 0];
      else t++;
    }
    table.set([0x21 + p, 0x21 + s, 0x21 + t], c.charCodeAt(0) * 3);
  });
  return table;
}

let ukTable: Uint16Array | null = null;

/**
 * A string that sorts (by plain code-unit comparison) where `name` sorts under
 * `Intl.Collator('uk')`: the primary weights of its characters, then the secondary, then
 * the tertiary ones, each level closed by U+0001. Null when `name` holds a character
 * outside the alphabet above — sort such names with the collator.
 */
export function ukCollationKey(name: string): string | null {
  const table = (ukTable ??= weightTable('uk'));
  const n = name.length;
  // a name is short; the spread below must stay under the engine's argument limit
  if (n > 10_000) return null;
  const codes = new Array<number>(n * 3 + 2);
  for (let i = 0; i < n; i++) {
    const at = name.charCodeAt(i) * 3;
    const primary = table[at];
    if (primary === undefined || primary === 0) return null;
    codes[i] = primary;
    codes[n + 1 + i] = table[at + 1]!;
    codes[2 * n + 2 + i] = table[at + 2]!;
  }
  codes[n] = 1;
  codes[2 * n + 1] = 1;
  return String.fromCharCode(...codes);
}

/**
 * The positions of `names` in Ukrainian collation order: by keys when every name has one,
 * else by Intl.Collator('uk'). Equal names keep their input order (the sort is stable).
 */
export function ukOrder(names: readonly string[]): number[] {
  const keys = names.map(ukCollationKey);
  if (keys.includes(null)) {
    const collator = new Intl.Collator('uk');
    return names.map((_, i) => i).sort((a, b) => collator.compare(names[a]!, names[b]!));
  }
  // Each key tagged with its position after U+0000 (below every weight and separator; keys of
  // different names differ before their ends): the engine's own string sort, no comparator.
  const width = String(names.length).length;
  return keys
    .map((k, i) => `${k}\u0000${String(i).padStart(width, '0')}`)
    .sort()
    .map((k) => +k.slice(k.length - width));
}
