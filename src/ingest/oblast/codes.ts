// Reads a cell as an administrative code, if it is written like one. Which unit a
// code belongs to is looked up in data/oblasts.json, never guessed from its digits.
//
// Forms (all start with the unit's two-digit number, except ISO):
// - ISO 3166-2: UA-32 (the hyphen tells it from a P-code).
// - KATOTTH (kodyfikator, since 2020): UA + 17 digits, e.g. UA32020010010033125.
// - OCHA/HDX P-codes: UA32 (oblast), UA3202 (raion), UA3202001 (hromada), UA3202001001 (settlement).
// - KOATUU (before 2020): 10 digits, e.g. 3200000000; 9 digits when a spreadsheet dropped
//   the leading zero (500000000 = 0500000000, Vinnytsia).
// KATOTTH, P-codes and KOATUU share the two-digit numbers; five differ from ISO (see data/oblasts.json).

export type CodeScheme = 'iso' | 'katotth' | 'pcode' | 'koatuu' | 'koatuu-9';

/** A code read from a cell: its scheme and the registry value it must equal. */
export interface CodeRead {
  scheme: CodeScheme;
  /** ISO code ("UA-32") for `iso`; the two-digit number ("32") for the others */
  key: string;
}

const ISO = /^UA[-‐‑–—\s](\d{2})$/;
const KATOTTH = /^UA(\d{2})\d{15}$/;
// P-code levels 1–4: 2, 4, 7 and 10 digits after UA.
const PCODE = /^UA(\d{2})(?:\d{2}|\d{5}|\d{8})?$/;
const KOATUU = /^(\d{2})\d{8}$/;
const KOATUU_9 = /^(\d)\d{8}$/;
// Anything of these shapes is a code, right or wrong: digits with an optional UA prefix,
// or a number Excel turned into scientific notation (5E+08).
const CODE_LIKE = [/^(UA[-‐‑–—\s]*)?\d[\d\s]*$/, /^\d+([.,]\d+)?E\+?\d+$/];

/**
 * The code a cell is written as: a CodeRead, `'malformed'` when it looks like a code
 * but is none of the forms above (wrong length, lost digits), or null when it is not
 * code-like at all and should be read as a name. `text` is trimmed and NFC-normalised.
 */
export function readCode(text: string): CodeRead | 'malformed' | null {
  const s = text.toUpperCase();
  if (!CODE_LIKE.some((re) => re.test(s))) return null;
  let m = ISO.exec(s);
  if (m) return { scheme: 'iso', key: `UA-${m[1]}` };
  m = KATOTTH.exec(s) ?? PCODE.exec(s);
  if (m) return { scheme: s.length === 19 ? 'katotth' : 'pcode', key: m[1]! };
  m = KOATUU.exec(s);
  if (m) return { scheme: 'koatuu', key: m[1]! };
  m = KOATUU_9.exec(s);
  if (m) return { scheme: 'koatuu-9', key: `0${m[1]}` };
  return 'malformed';
}
