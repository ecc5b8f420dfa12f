// Parsers for single cells. They never throw: a bad value comes back as a
// reason string (choices) or NaN (numbers) for the validator to report.
import type { CompiledQuestion } from './codebook.ts';
import { textKey } from '../oblast/text-key.ts';

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
    const list = unknown.map((u) => `"${u}"`).join(', ');
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

/** Memoises parseChoice per question: an export repeats the same cells thousands of times. */
export function choiceParser(q: CompiledQuestion, limit = 20_000): (cell: string) => ChoiceParse {
  const memo = new Map<string, ChoiceParse>();
  return (cell) => {
    let hit = memo.get(cell);
    if (hit === undefined) {
      hit = parseChoice(cell, q);
      if (memo.size < limit) memo.set(cell, hit);
    }
    return hit;
  };
}

const DIGITS = /^\d+$/;
// Thousands grouped by space, no-break space (U+00A0), narrow no-break space (U+202F),
// thin space (U+2009) or comma, as Excel in Ukrainian or English locales writes them.
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009,]\d{3})+$/;
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009,]/g;
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Whole number, or NaN when the text is not one. Empty text is the caller's concern. */
export function parseInteger(text: string): number {
  let s = text;
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (DIGITS.test(s)) return sign * Number(s);
  if (GROUPED.test(s)) return sign * Number(s.replace(GROUP_SEPARATORS, ''));
  return NaN;
}

/** Decimal number with "." or "," as the decimal mark (no thousands separators), or NaN. */
export function parseDecimal(text: string): number {
  if (!DECIMAL.test(text)) return NaN;
  return Number(text.replace(',', '.'));
}
