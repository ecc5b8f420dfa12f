// One comparison key for free-typed place names, so that case, spacing, dots,
// hyphens, apostrophe variants and stray Latin look-alike letters don't matter.

const APOSTROPHES = /[’ʼ`‘′´]/g;
const SEPARATORS = /[.\-–—,()]/g;
const SPACES = /\s+/g;
const CYRILLIC = /[\u0400-\u04ff]/;
// Latin letters that look identical to Cyrillic ones; people mix them when typing "Київська".
const LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};
const LATIN_LOOKALIKE = /[acioepxykmthb]/g;

/** `s` with Latin look-alike letters (a, c, e, i, o, p, x, y, k, m, t, h, b) as their Cyrillic twins, when it holds Cyrillic. */
export function cyrillicLookalikes(s: string): string {
  return CYRILLIC.test(s) ? s.replace(LATIN_LOOKALIKE, (ch) => LOOKALIKES[ch]!) : s;
}

export function textKey(raw: string): string {
  // NFC first: «й» typed as и + U+0306 is the same answer as «й».
  const s = raw
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(SEPARATORS, ' ')
    .replace(SPACES, ' ')
    .trim();
  return cyrillicLookalikes(s);
}
