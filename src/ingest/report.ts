// Human-readable lines for problems and row counts, shared by the CLI and docs.
// Everything from the export is escaped and shortened (src/text/display.ts): a cell
// holding terminal escapes or 5 MB of text cannot clear or flood the data team's screen.
import type { Lang, Problem } from '../contract/types.ts';
import { displayLine, displayValue, escapeText } from '../text/display.ts';

/** `data/x.csv:14 стовпець «Область»: «Киевская» — очікували …` (uk) or `… column "Область": "Киевская" — expected …` (en) */
export function formatProblem(p: Problem, lang: Lang = 'uk'): string {
  const file = escapeText(p.file);
  const where = p.row === null ? `${file}:` : `${file}:${p.row}`;
  const tag = p.severity === 'notice' ? (lang === 'uk' ? ' зауваження:' : ' notice:') : '';
  const message = displayLine(p.message[lang], 400, lang);
  if (p.column === null) return `${where}${tag} ${message}`;
  const column =
    lang === 'uk' ? `стовпець ${displayValue(p.column, 60, lang)}` : `column ${displayValue(p.column, 60, lang)}`;
  if (p.value === null) return `${where}${tag} ${column}: ${message}`;
  return `${where}${tag} ${column}: ${displayValue(p.value, 80, lang)} — ${message}`;
}

/** The totals line; `skipped` (rows that are not answers, repeated submissions not kept) shows when there are any. */
export function formatRowCounts(read: number, used: number, rejected: number, lang: Lang = 'uk', skipped = 0): string {
  const skip = skipped === 0 ? '' : lang === 'uk' ? ` + ${skipped} пропущено` : ` + ${skipped} skipped`;
  return lang === 'uk'
    ? `рядків прочитано ${read} = ${used} прийнято${skip} + ${rejected} відхилено`
    : `rows read ${read} = ${used} used${skip} + ${rejected} rejected`;
}
