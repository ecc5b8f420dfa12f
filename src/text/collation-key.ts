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

/** one character's weights at the three levels the collator compares */
interface Weights {
  primary: string;
  secondary: string;
  tertiary: string;
}

/**
 * Each character's rank at the three levels, read from the collator itself: characters
 * equal at `sensitivity: 'base'` share a primary rank, those also equal at 'accent' a
 * secondary one. Ranks are written as characters from U+0021 up, so that U+0001 (the level
 * separator) sorts below every weight and a shorter name sorts first.
 */
function weightTable(locale: string): Map<string, Weights> {
  const full = new Intl.Collator(locale);
  const base = new Intl.Collator(locale, { sensitivity: 'base' });
  const accent = new Intl.Collator(locale, { sensitivity: 'accent' });
  const chars = [...ALPHABET].sort(full.compare);
  const table = new Map<string, Weights>();
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
    const w = (n: number) => String.fromCharCode(0x21 + n);
    table.set(c, { primary: w(p), secondary: w(s), tertiary: w(t) });
  });
  return table;
}

let ukTable: Map<string, Weights> | null = null;

/**
 * A string that sorts (by plain code-unit comparison) where `name` sorts under
 * `Intl.Collator('uk')`: the primary weights of its characters, then the secondary, then
 * the tertiary ones, each level closed by U+0001. Null when `name` holds a character
 * outside the alphabet above — sort such names with the collator.
 */
export function ukCollationKey(name: string): string | null {
  ukTable ??= weightTable('uk');
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const c of name) {
    const w = ukTable.get(c);
    if (w === undefined) return null;
    primary += w.primary;
    secondary += w.secondary;
    tertiary += w.tertiary;
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

/**
 * The positions of `names` in Ukrainian collation order: by keys when every name has one,
 * else by Intl.Collator('uk'). Equal names keep their input order (the sort is stable).
 */
export function ukOrder(names: readonly string[]): number[] {
  const positions = names.map((_, i) => i);
  const keys = names.map(ukCollationKey);
  if (keys.includes(null)) {
    const collator = new Intl.Collator('uk');
    return positions.sort((a, b) => collator.compare(names[a]!, names[b]!));
  }
  return positions.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
}
