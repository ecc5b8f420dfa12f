// One comparison key for free-typed place names, so that case, spacing, dots,
// hyphens, quotation marks, apostrophe variants and stray Latin look-alike letters don't matter.

const APOSTROPHES = /[’ʼ`‘′´]/g;
const SEPARATORS = /[.\-–—,()"«»„“”]/g;
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

/**
 * The comparison key of a free-typed name or answer: NFC, lower case, apostrophe variants as
 * «'», dots, hyphens, dashes, commas and brackets as spaces, runs of white space as one, no
 * space at either end (quotation marks «»"„“” count as spaces too), and Latin look-alike letters as Cyrillic when the text holds Cyrillic.
 * «Київська  обл.» → «київська обл»; "Kиїв" (Latin K) → «київ».
 */
export function textKey(raw: string): string {
  return fastTextKey(raw) ?? referenceTextKey(raw);
}

/** textKey as the definition reads; the fast path below must give the same key (text-key.test.ts). */
export function referenceTextKey(raw: string): string {
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

// — The fast path: one pass over the code units with a table, no intermediate strings. Every
// name of a 100,000-row export is keyed (duplicates, community type), and the regex chain
// above made textKey a visible part of `npm run bench -- ingest` (target: within 4× the floor).

/** table value: a character that is white space or a separator in the key */
const SPACE = 0xffff;
/** table value: a character the table cannot answer for (the reference path decides) */
const SLOW = 0;
/** the table covers Latin-1, Latin Extended and Cyrillic; anything above is looked at alone */
const TABLE_END = 0x500;
let keyTable: Uint16Array | null = null;

/**
 * Each character's key as one code unit, read from the reference itself, so the two cannot
 * drift apart: SLOW where the character changes under NFC or lower-cases to more than one
 * unit (İ), or is a combining mark or Greek (NFC composes or replaces them).
 */
function buildKeyTable(): Uint16Array {
  const table = new Uint16Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) table[c] = keyOfChar(c);
  return table;
}

function keyOfChar(c: number): number {
  // combining marks (Latin's, Cyrillic titlo) and Greek: NFC composes, reorders or replaces them
  if ((c >= 0x300 && c < 0x400) || (c >= 0x483 && c <= 0x489)) return SLOW;
  const ch = String.fromCharCode(c);
  if (ch.normalize('NFC') !== ch) return SLOW;
  if (ONE_SPACE.test(ch) || ONE_SEPARATOR.test(ch)) return SPACE;
  const lower = ch.toLowerCase().replace(APOSTROPHES, "'");
  return lower.length === 1 ? lower.charCodeAt(0) : SLOW;
}

const ONE_SPACE = new RegExp(SPACES.source);
const ONE_SEPARATOR = new RegExp(SEPARATORS.source);

/**
 * Above the table only punctuation and spaces are keyed here (General Punctuation,
 * Letterlike Symbols, the ideographic and Ogham spaces, BOM): other scripts may compose
 * under NFC across two characters (kana + U+3099), which a per-character table cannot see.
 */
function highAllowed(c: number): boolean {
  return (c >= 0x2000 && c < 0x2070) || (c >= 0x2100 && c < 0x2150) || c === 0x3000 || c === 0xfeff || c === 0x1680;
}

/** the key of one character above the table, or SLOW */
const highKeys = new Map<number, number>();
function highKey(c: number): number {
  let v = highKeys.get(c);
  if (v === undefined) highKeys.set(c, (v = highAllowed(c) ? keyOfChar(c) : SLOW));
  return v;
}

/** the Cyrillic twin of each Latin look-alike, by code */
const LOOKALIKE_CODES = new Map(Object.entries(LOOKALIKES).map(([l, c]) => [l.charCodeAt(0), c.charCodeAt(0)]));

/** textKey of `raw` in one pass, or null when a character needs the reference path */
function fastTextKey(raw: string): string | null {
  const n = raw.length;
  // the spread into fromCharCode below must stay under the engine's argument limit
  if (n > 10_000) return null;
  const table = (keyTable ??= buildKeyTable());
  const out = new Array<number>();
  let cyrillic = false;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const k = c < TABLE_END ? table[c]! : highKey(c);
    if (k === SLOW) return null;
    if (k === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out.push(0x20);
      pendingSpace = false;
    }
    if (k >= 0x400 && k < 0x500) cyrillic = true;
    out.push(k);
  }
  if (cyrillic)
    for (let i = 0; i < out.length; i++) {
      const twin = LOOKALIKE_CODES.get(out[i]!);
      if (twin !== undefined) out[i] = twin;
    }
  return String.fromCharCode(...out);
}
