// Rows of a sheet that are not answers: a totals row at the foot of a team's tally
// (a label such as «Разом» in the first cells, or =SUM()/=COUNTIF() formulas), blank
// rows between answers, and a row repeating the header (two tables pasted together).
import type { Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import { memoByText } from '../../text/memo.ts';
import { textKey } from '../../text/text-key.ts';

export type RowKind =
  | { kind: 'totals'; label: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'sums'; largest: number }
  | { kind: 'header' };

/** Where a row says who answered and where its answers are (columns/row-roles.ts). */
export interface RowRoles {
  /** positions of the community and oblast columns */
  identity: number[];
  /** positions of the answer columns (questions, their options and summaries) */
  answers: number[];
}

/** labels of a totals row, in the textKey form; Ukrainian, Russian and English spreadsheets */
const TOTALS = new Set([
  'разом',
  'усього',
  'всього',
  'загалом',
  'підсумок',
  'підсумки',
  'итого',
  'всего',
  'total',
  'totals',
  'grand total',
  'sum',
]);
/**
 * A subtotal's label: a totals word, then whose total it is («Разом по Київській області»,
 * «Усього за районом», «Итого по области», "Total for Kyiv oblast"). Longer than MAX_LABEL,
 * so tested on its own; anchored, it fails at the first letters of any other cell.
 */
const SUBTOTAL_LABEL =
  /^\s*(?:разом|усього|всього|загалом|підсумок|підсумки|итого|всего|total|totals|grand total|sum|subtotal)\s+(?:по|за|для|у|в|на|for|of|in|by)\s+\S/i;
/** the longest subtotal label looked at: a name of an oblast or a district with words around it */
const MAX_SUBTOTAL_LABEL = 90;
/** first letters of the labels, both cases, as char codes: most cells are ruled out before any string is made */
const INITIALS = new Set([...TOTALS, 'subtotal'].flatMap((t) => [t.charCodeAt(0), t.toUpperCase().charCodeAt(0)]));
/** longer cells are no totals label (the longest, «grand total:», with spaces around) */
const MAX_LABEL = 16;
/** the first cells, where a tally's label stands */
const LABEL_CELLS = 3;
const NUMBER_OR_EMPTY = /^\s*(?:[-+]?\d[\d\s.,]*%?)?\s*$/;
/** a formula summing or counting other cells (Excel's English and Ukrainian/Russian function names) */
const AGGREGATE_FORMULA =
  /^=\s*(SUM|SUMIF|SUMIFS|COUNT|COUNTA|COUNTIF|COUNTIFS|SUBTOTAL|AVERAGE|СУМ|СУММ|СУМЕСЛИ|СУММЕСЛИ|СЧЁТ|СЧЕТ|СЧЁТЗ|СЧЁТЕСЛИ|СЧЕТЕСЛИ|РАХУНОК|РАХУНОКЯКЩО|ПРОМЕЖУТОЧНЫЕ\.ИТОГИ|СРЗНАЧ)\s*\(/i;

/**
 * What a data row is when it is not an answer, else null. `header` is the header row's
 * cells, to recognise a repeated header (at least two cells, and half the named ones,
 * equal to their header).
 */
export function classifyRow(cells: readonly string[], header: readonly string[]): RowKind | null {
  return createRowClassifier(header)(cells);
}

/**
 * classifyRow for many rows under one header. Every cell of a 100,000-row export passes
 * here, so each test starts with a cheap look (a leading "=", a short cell) before any
 * normalisation.
 */
export function createRowClassifier(
  header: readonly string[],
  roles: RowRoles | null = null,
): (cells: readonly string[]) => RowKind | null {
  const named = header.map((h) => h.trim().toLowerCase());
  const namedCount = named.filter((h) => h.length > 0).length;
  // Short cells starting like a label repeat endlessly (answer codes, oblast names).
  const isLabel = memoByText((c) => TOTALS.has(textKey(c).replace(/[:\s\d%]+$/, '')));
  /** «Разом», «Усього:», «Разом: 12» (the count in the label's own cell), «Разом по Київській області» */
  const looksLikeLabel = (c: string, first: number) =>
    c.length <= MAX_SUBTOTAL_LABEL &&
    INITIALS.has(first === 32 ? c.trimStart().charCodeAt(0) : first) &&
    ((c.length <= MAX_LABEL && isLabel(c)) || SUBTOTAL_LABEL.test(c));
  /**
   * A label further along counts only when every other cell is a number or empty («…, Разом, 12,
   * 30»): the one cell that is not, if it is a label. An answer row has text in two cells within
   * its first few, so this stops early (every row of an export comes here).
   */
  const lonelyLabel = (cells: readonly string[]): number => {
    let text = -1;
    for (let i = 0; i < cells.length; i++) {
      if (NUMBER_OR_EMPTY.test(cells[i]!)) continue;
      if (text >= 0) return -1;
      text = i;
    }
    return text >= 0 && looksLikeLabel(cells[text]!, cells[text]!.charCodeAt(0)) ? text : -1;
  };
  return (cells) => {
    let label = -1;
    let same = 0;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      if (c.length === 0) continue;
      const first = c.charCodeAt(0);
      if (first === 61 /* = */ || first === 32) {
        const v = c.trim();
        if (v.startsWith('=') && AGGREGATE_FORMULA.test(v)) return { kind: 'formula', formula: v.slice(0, 40) };
      }
      // A label in the first cells makes a totals row (further on, see lonelyLabel below).
      if (label < 0 && i < LABEL_CELLS && looksLikeLabel(c, first)) label = i;
      const h = named[i];
      // A copy of the header differs at most in case and surrounding spaces.
      if (
        h !== undefined &&
        h.length > 0 &&
        c.length >= h.length &&
        c.length <= h.length + 4 &&
        c.trim().toLowerCase() === h
      )
        same++;
    }
    if (label < 0) label = lonelyLabel(cells);
    if (label >= 0) return { kind: 'totals', label: cells[label]!.trim() };
    if (same >= 2 && same * 2 >= namedCount) return { kind: 'header' };
    return roles === null ? null : unlabelledSums(cells, roles);
  };
}

const COUNT = /^\s*\d+\s*$/;

/**
 * A totals row without a label whose formulas a spreadsheet reader gave as their values
 * (.xlsx and .ods readers pass values, not formulas): no community or oblast, only whole
 * numbers in the answer columns, and at least one of them above 1 — a count, which no
 * 0/1 or label cell of an answer holds. A community's row missing its name is no such row:
 * its answers are labels or 0/1 marks.
 */
function unlabelledSums(cells: readonly string[], roles: RowRoles): RowKind | null {
  if (roles.identity.length === 0 || roles.identity.some((i) => (cells[i] ?? '').trim() !== '')) return null;
  let largest = -1;
  for (const i of roles.answers) {
    const c = cells[i] ?? '';
    if (c.trim() === '') continue;
    if (!COUNT.test(c)) return null;
    largest = Math.max(largest, Number(c));
  }
  return largest > 1 ? { kind: 'sums', largest } : null;
}

/** Row numbers missing between `after` and each of `rows` (sorted): the blank rows a table left out. */
export function blankRowsBetween(after: number, rows: readonly number[]): number[] {
  const blank: number[] = [];
  let prev = after;
  for (const r of rows) {
    for (let b = prev + 1; b < r; b++) blank.push(b);
    prev = r;
  }
  return blank;
}

/** `3, 4, 5, 9` → `3–5, 9`: row lists in notices stay short. */
export function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    parts.push(j === i ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j;
  }
  return parts.join(', ');
}

/** The notice for a row skipped as not an answer (a repeated header is refused instead). */
export function notAnswerNotice(kind: Exclude<RowKind, { kind: 'header' }>): Localized {
  return localized((c) =>
    kind.kind === 'totals'
      ? c.ingest.totalsRow(kind.label)
      : kind.kind === 'sums'
        ? c.ingest.sumsRow(kind.largest)
        : c.ingest.formulaRow(kind.formula),
  );
}
