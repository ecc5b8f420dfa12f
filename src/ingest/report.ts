// Human-readable lines for problems and row counts, shared by the CLI and docs.
// Everything from the export is escaped and shortened (src/text/display.ts): a cell
// holding terminal escapes or 5 MB of text cannot clear or flood the data team's screen.
import type { Lang, Problem } from '../contract/types.ts';
import { displayLine, displayValue, escapeText } from '../text/display.ts';
import { t } from '../i18n/index.ts';

/** `data/x.csv:14 стовпець «Область»: «Киевская» — очікували …` (uk) or `… column "Область": "Киевская" — expected …` (en) */
export function formatProblem(p: Problem, lang: Lang = 'uk'): string {
  const file = escapeText(p.file);
  const where = p.row === null ? `${file}:` : `${file}:${p.row}`;
  const tag = p.severity === 'notice' ? t(lang).ingest.report.notice : '';
  const message = displayLine(p.message[lang], 400, lang);
  if (p.column === null) return `${where}${tag} ${message}`;
  const column = t(lang).ingest.report.column(displayValue(p.column, 60, lang));
  if (p.value === null) return `${where}${tag} ${column}: ${message}`;
  return `${where}${tag} ${column}: ${displayValue(p.value, 80, lang)} — ${message}`;
}

/** `рядків прочитано 8 = 7 прийнято + 1 відхилено` (uk) or `rows read 8 = 7 used + 1 rejected` (en) */
export function formatRowCounts(read: number, used: number, rejected: number, lang: Lang = 'uk'): string {
  return t(lang).ingest.report.rowCounts(read, used, rejected);
}
