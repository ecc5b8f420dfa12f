// Human-readable lines for problems and row counts, shared by the CLI and docs.
import type { Problem } from '../types.ts';

/** `data/x.csv:14 column "oblast": "Киевская" — expected one of the 27 …` */
export function formatProblem(p: Problem): string {
  const where = p.row === null ? `${p.file}:` : `${p.file}:${p.row}`;
  const tag = p.severity === 'notice' ? ' notice:' : '';
  if (p.column === null) return `${where}${tag} ${p.message}`;
  if (p.value === null) return `${where}${tag} column "${p.column}": ${p.message}`;
  return `${where}${tag} column "${p.column}": "${p.value}" — ${p.message}`;
}

export function formatRowCounts(read: number, used: number, rejected: number): string {
  return `rows read ${read} = ${used} used + ${rejected} rejected`;
}
