// Human-readable lines for problems and row counts, shared by the CLI and docs.
// Everything from the export is escaped and shortened (src/lib/text/display.ts): a cell
// holding terminal escapes or 5 MB of text cannot clear or flood the data team's screen.
import type { Problem } from '../types.ts';
import { displayLine, displayValue, escapeText } from '../text/display.ts';

/** `data/x.csv:14 column "oblast": "Киевская" — expected one of the 27 …` */
export function formatProblem(p: Problem): string {
  const file = escapeText(p.file);
  const where = p.row === null ? `${file}:` : `${file}:${p.row}`;
  const tag = p.severity === 'notice' ? ' notice:' : '';
  const message = displayLine(p.message);
  if (p.column === null) return `${where}${tag} ${message}`;
  const column = displayValue(p.column, 60);
  if (p.value === null) return `${where}${tag} column ${column}: ${message}`;
  return `${where}${tag} column ${column}: ${displayValue(p.value)} — ${message}`;
}

export function formatRowCounts(read: number, used: number, rejected: number): string {
  return `rows read ${read} = ${used} used + ${rejected} rejected`;
}
