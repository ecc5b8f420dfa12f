// Human-readable lines for problems and row counts, shared by the CLI and docs.
// Everything from the export is escaped and shortened (src/text/display.ts): a cell
// holding terminal escapes or 5 MB of text cannot clear or flood the data team's screen.
import type { Lang, Problem } from '../contract/types.ts';
import { displayHeader, displayLine, displayValue, escapeText } from '../text/display.ts';
import { t } from '../i18n/index.ts';

/** `data/x.csv:14 стовпець «Область»: «Киевская» — очікували …` (uk) or `… column "Область": "Киевская" — expected …` (en) */
export function formatProblem(p: Problem, lang: Lang = 'uk'): string {
  const file = escapeText(p.file);
  const where = p.row === null ? `${file}:` : `${file}:${p.row}`;
  const tag = p.severity === 'notice' ? t(lang).ingest.report.notice : '';
  const message = displayLine(p.message[lang], 400, lang);
  if (p.column === null) return `${where}${tag} ${message}`;
  const column = t(lang).ingest.report.column(displayHeader(p.column, 60, lang));
  if (p.value === null) return `${where}${tag} ${column}: ${message}`;
  return `${where}${tag} ${column}: ${displayValue(p.value, 80, lang)} — ${message}`;
}

/**
 * The totals line: `рядків прочитано 8 = 6 прийнято + 1 пропущено + 1 відхилено` (uk) or
 * `rows read 8 = 6 used + 1 skipped + 1 rejected` (en); `skipped` (rows that are not answers,
 * repeated submissions not kept) shows when there are any.
 */
export function formatRowCounts(read: number, used: number, rejected: number, lang: Lang = 'uk', skipped = 0): string {
  return t(lang).ingest.report.rowCounts(read, used, rejected, skipped);
}

/** Problems in the order a data team reads them: file-level first, then by row (stable within a row). */
export function sortProblems(problems: Problem[]): Problem[] {
  // Stable sort: file-level first, then by row, keeping column order within a row.
  return problems
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => (a.row ?? 0) - (b.row ?? 0) || i - j)
    .map(([p]) => p);
}
