// Parsers for single cells. They never throw: a bad value comes back as a
// reason string (choices) or NaN (numbers) for the validator to report.
import type { CompiledQuestion } from './codebook.ts';
import { textKey } from '../oblast/text-key.ts';
import { displayValue } from '../text/display.ts';

export interface ChoiceParse {
  /** codes in codebook order, deduplicated; null when the cell is empty */
  codes: string[] | null;
  /** what was wrong, when something was */
  error: string | null;
}

const MULTI_SEPARATOR = /[|;]/;
const EMPTY: ChoiceParse = { codes: null, error: null };

export function parseChoice(cell: string, q: CompiledQuestion): ChoiceParse {
  const multi = q.question.type === 'multi';
  const parts = cell.split(MULTI_SEPARATOR);
  const found: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const text = part.trim();
    if (text.length === 0) continue;
    const code = q.lookup.get(textKey(text));
    if (code === undefined) unknown.push(text);
    else if (!found.includes(code)) found.push(code);
  }
  if (unknown.length > 0) {
    const list = unknown.map((u) => displayValue(u)).join(', ');
    return { codes: null, error: `unknown answer ${list} — ${expectedChoice(q)}` };
  }
  if (found.length === 0) return EMPTY;
  if (!multi && found.length > 1) return { codes: null, error: `only one answer allowed — ${expectedChoice(q)}` };
  if (multi && found.length > 1) found.sort((a, b) => q.order.get(a)! - q.order.get(b)!);
  return { codes: found, error: null };
}

export function expectedChoice(q: CompiledQuestion): string {
  if (q.question.type === 'boolean') return 'expected yes/no (так/ні, true/false, 1/0)';
  const how = q.question.type === 'multi' ? 'one or more of' : 'one of';
  const tail = q.question.type === 'multi' ? ', separated by | or ;' : '';
  return `expected ${how}: ${q.codes.join(', ')} (or their Ukrainian/English labels)${tail}`;
}

/**
 * parseChoice for one question, fast: exports repeat a few dozen answer spellings
 * endlessly, so each distinct token is normalised once (bounded memo) and a
 * well-formed cell costs one short Map lookup per token. Anything unusual — blank
 * parts, unknown tokens, two answers to a single question — falls back to
 * parseChoice, which explains the problem.
 */
export function choiceParser(q: CompiledQuestion, limit = 50_000): (cell: string) => ChoiceParse {
  const tokens = new Map<string, string | null>();
  const singles = new Map(q.codes.map((c) => [c, { codes: [c], error: null }]));
  const token = (text: string): string | null => {
    let code = tokens.get(text);
    if (code === undefined) {
      code = q.lookup.get(textKey(text)) ?? null;
      if (tokens.size < limit) tokens.set(text, code);
    }
    return code;
  };
  if (q.question.type !== 'multi') {
    return (cell) => {
      const code = token(cell);
      return code === null ? parseChoice(cell, q) : singles.get(code)!;
    };
  }
  return (cell) => {
    const found: string[] = [];
    let start = 0;
    for (;;) {
      const end = nextSeparator(cell, start);
      const code = token(end < 0 ? cell.slice(start) : cell.slice(start, end));
      if (code === null) return parseChoice(cell, q);
      if (!found.includes(code)) found.push(code);
      if (end < 0) break;
      start = end + 1;
    }
    if (found.length > 1) found.sort((a, b) => q.order.get(a)! - q.order.get(b)!);
    return { codes: found, error: null };
  };
}

/**
 * Recognises the usual shape of a choice cell — one known spelling, or (multi) known
 * spellings separated by | or ; — and returns the chosen options as a bit mask of
 * codebook positions. Returns -1 for anything else (blank parts, unknown text, a single
 * question given a list), which the caller hands to choiceParser for a full reading.
 * For any cell it recognises, choiceParser gives exactly the codes of the mask, so a
 * caller may remember the outcome per mask: there are far fewer masks than spellings.
 */
export function choiceMask(q: CompiledQuestion, limit = 50_000): (cell: string) => number {
  if (q.codes.length > 30) return () => -1;
  const tokens = new Map<string, number>();
  const bit = (text: string): number => {
    let b = tokens.get(text);
    if (b === undefined) {
      const code = q.lookup.get(textKey(text));
      b = code === undefined ? -1 : 1 << q.order.get(code)!;
      if (tokens.size < limit) tokens.set(text, b);
    }
    return b;
  };
  if (q.question.type !== 'multi') return bit;
  const exact = exactSpellings(q);
  return (cell) => {
    let mask = 0;
    let start = 0;
    const len = cell.length;
    for (;;) {
      let end = exact.match(cell, start);
      let b = exact.bit;
      if (end < 0) {
        end = nextSeparator(cell, start);
        if (end < 0) end = len;
        b = bit(start === 0 && end === len ? cell : cell.slice(start, end));
      }
      if (b < 0) return -1;
      mask |= b;
      // The end of the cell closes the last part; a separator there leaves an empty part (rejected above).
      if (end === len) return mask;
      start = end + 1;
    }
  };
}

/**
 * The codebook's own spellings of a question's options, found in place in a cell:
 * exports mostly write them verbatim, and comparing characters where the part starts
 * spares a substring and a hash per part. Whatever this does not find exactly takes
 * the normalising lookup, which knows every form; a verbatim spelling means there the
 * same option, so both ways give the same bit.
 */
interface ExactSpellings {
  /** end of the spelling at `start` when a separator or the end of `cell` follows it, else -1; sets `bit` */
  match(cell: string, start: number): number;
  bit: number;
}

/** Spellings are indexed by their first character when it is below this (ASCII and Cyrillic). */
const FIRST_CHARS = 0x500;

function exactSpellings(q: CompiledQuestion): ExactSpellings {
  // first character → the spellings starting with it, with their option bits
  const byFirst: ({ text: string; bit: number }[] | null)[] = new Array(FIRST_CHARS).fill(null);
  for (const o of q.question.options) {
    for (const text of [o.code, o.label.uk, o.label.en, ...(o.aliases ?? [])]) {
      const code = q.lookup.get(textKey(text));
      const first = text.charCodeAt(0);
      if (code === undefined || !(first < FIRST_CHARS) || /[|;]/.test(text)) continue;
      const list = (byFirst[first] ??= []);
      if (!list.some((x) => x.text === text)) list.push({ text, bit: 1 << q.order.get(code)! });
    }
  }
  return {
    bit: -1,
    match(cell, start) {
      const first = cell.charCodeAt(start);
      const list = first < FIRST_CHARS ? byFirst[first]! : null;
      if (list === null) return -1;
      for (let k = 0; k < list.length; k++) {
        const { text, bit } = list[k]!;
        const end = start + text.length;
        if (end < cell.length ? !isSeparator(cell.charCodeAt(end)) : end > cell.length) continue;
        if (!sameAt(cell, start, text)) continue;
        this.bit = bit;
        return end;
      }
      return -1;
    },
  };
}

/** cell.startsWith(text, start) once the first character is known to match; a plain loop beats the built-in on these short strings. */
function sameAt(cell: string, start: number, text: string): boolean {
  for (let i = 1; i < text.length; i++) if (cell.charCodeAt(start + i) !== text.charCodeAt(i)) return false;
  return true;
}

function isSeparator(c: number): boolean {
  return c === 124 || c === 59; // | ;
}

function nextSeparator(s: string, from: number): number {
  const pipe = s.indexOf('|', from);
  const semi = s.indexOf(';', from);
  return pipe < 0 ? semi : semi < 0 ? pipe : Math.min(pipe, semi);
}

// Thousands grouped by space, no-break space (U+00A0), narrow no-break space (U+202F),
// thin space (U+2009) or comma, as Excel in Ukrainian or English locales writes them.
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009,]\d{3})+$/;
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009,]/g;

/** Whole number, or NaN when the text is not one. Empty text is the caller's concern. */
export function parseInteger(text: string): number {
  const len = text.length;
  let i = 0;
  let sign = 1;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    sign = first === 45 ? -1 : 1;
    i = 1;
  }
  if (i >= len) return NaN;
  // Fast path: plain digits, the common case, without regex or allocation.
  let n = 0;
  for (let k = i; k < len; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return groupedInteger(text.slice(i), sign);
    n = n * 10 + d;
  }
  return sign * n;
}

function groupedInteger(s: string, sign: number): number {
  // Without regex or a new string for the usual "12 345"; what GROUPED accepts is what this
  // accepts. Past 15 digits the sum could drift from Number(), so those take the long way.
  const len = s.length;
  let n = 0;
  let i = 0;
  while (i < len && isDigit(s.charCodeAt(i))) n = n * 10 + (s.charCodeAt(i++) - 48);
  if (i === 0 || i > 3 || i === len || len > 20)
    return GROUPED.test(s) ? sign * Number(s.replace(GROUP_SEPARATORS, '')) : NaN;
  while (i < len) {
    if (i + 4 > len || !isGroupSeparator(s.charCodeAt(i))) return NaN;
    for (let k = i + 1; k <= i + 3; k++) {
      const c = s.charCodeAt(k);
      if (!isDigit(c)) return NaN;
      n = n * 10 + (c - 48);
    }
    i += 4;
  }
  return sign * n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** the characters of GROUP_SEPARATORS */
function isGroupSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2c;
}

/** Decimal number with "." or "," as the decimal mark (no thousands separators), or NaN. */
export function parseDecimal(text: string): number {
  const len = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) i = 1;
  let digitsBefore = 0;
  let digitsAfter = 0;
  let mark = -1;
  let digits = 0;
  for (let k = i; k < len; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (mark < 0) digitsBefore++;
      else digitsAfter++;
      digits = digits * 10 + (c - 48);
    } else if ((c === 46 || c === 44) && mark < 0) mark = k;
    else return NaN;
  }
  if (digitsBefore === 0 || (mark >= 0 && digitsAfter === 0)) return NaN;
  if (digitsBefore + digitsAfter <= 15) {
    // Both the digits and 10^digitsAfter are exact doubles here, and IEEE division rounds
    // correctly, so this is exactly what Number(text) gives — without a string conversion.
    const value = digits / POWERS_OF_TEN[digitsAfter]!;
    return first === 45 ? -value : value;
  }
  return Number(mark >= 0 && text.charCodeAt(mark) === 44 ? text.replace(',', '.') : text);
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);
