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
/** code units of the key being built, reused from name to name (grown when a name is longer) */
let units = new Uint16Array(256);

/**
 * Writes the key of `name` into `units` and returns its length, or -1 when `name` holds a
 * character outside the alphabet. `extra` units are left free after the key for a caller's tag.
 */
function writeKey(name: string, extra: number): number {
  const table = (ukTable ??= weightTable('uk'));
  const n = name.length;
  // a name is short; a 10,000-character "name" is sorted by the collator
  if (n > 10_000) return -1;
  const length = n * 3 + 2;
  if (units.length < length + extra) units = new Uint16Array((length + extra) * 2);
  for (let i = 0; i < n; i++) {
    const at = name.charCodeAt(i) * 3;
    const primary = table[at];
    if (primary === undefined || primary === 0) return -1;
    units[i] = primary;
    units[n + 1 + i] = table[at + 1]!;
    units[2 * n + 2 + i] = table[at + 2]!;
  }
  units[n] = 1;
  units[2 * n + 1] = 1;
  return length;
}

/** the first `length` units of `units` as a string, in slices under the engine's argument limit */
function unitsToString(length: number): string {
  let out = '';
  for (let from = 0; from < length; from += 8192)
    out += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 8192)) as unknown as number[]);
  return out;
}

/**
 * A string that sorts (by plain code-unit comparison) where `name` sorts under
 * `Intl.Collator('uk')`: the primary weights of its characters, then the secondary, then
 * the tertiary ones, each level closed by U+0001. Null when `name` holds a character
 * outside the alphabet above — sort such names with the collator.
 */
export function ukCollationKey(name: string): string | null {
  const length = writeKey(name, 0);
  return length < 0 ? null : unitsToString(length);
}

/**
 * The positions of `names` in Ukrainian collation order: by keys when every name has one,
 * else by Intl.Collator('uk'). Equal names keep their input order (the sort is stable).
 */
export function ukOrder(names: readonly string[]): number[] {
  // Each key tagged with its position after U+0000 (below every weight and separator; keys of
  // different names differ before their ends), the position as two code units: the engine's
  // own string sort, no comparator, and the position read back from the key's last two units.
  const tagged = new Array<string>(names.length);
  for (let i = 0; i < names.length; i++) {
    const length = writeKey(names[i]!, 3);
    if (length < 0) {
      const collator = new Intl.Collator('uk');
      return names.map((_, k) => k).sort((a, b) => collator.compare(names[a]!, names[b]!));
    }
    units[length] = 0;
    units[length + 1] = i >>> 16;
    units[length + 2] = i & 0xffff;
    tagged[i] = unitsToString(length + 3);
  }
  tagged.sort();
  return tagged.map((k) => k.charCodeAt(k.length - 2) * 0x10000 + k.charCodeAt(k.length - 1));
}
