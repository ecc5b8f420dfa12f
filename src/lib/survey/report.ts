// Human-readable lines for problems and row counts, shared by the CLI and docs.
import type { Lang, Problem } from '../types.ts';

/** `data/x.csv:14 стовпець «Область»: «Киевская» — очікували …` (uk) or `… column "Область": "Киевская" — expected …` (en) */
export function formatProblem(p: Problem, lang: Lang = 'uk'): string {
  const where = p.row === null ? `${p.file}:` : `${p.file}:${p.row}`;
  const tag = p.severity === 'notice' ? (lang === 'uk' ? ' зауваження:' : ' notice:') : '';
  const message = p.message[lang];
  if (p.column === null) return `${where}${tag} ${message}`;
  const column = lang === 'uk' ? `стовпець «${p.column}»` : `column "${p.column}"`;
  if (p.value === null) return `${where}${tag} ${column}: ${message}`;
  const value = lang === 'uk' ? `«${p.value}»` : `"${p.value}"`;
  return `${where}${tag} ${column}: ${value} — ${message}`;
}

export function formatRowCounts(read: number, used: number, rejected: number, lang: Lang = 'uk'): string {
  return lang === 'uk'
    ? `рядків прочитано ${read} = ${used} прийнято + ${rejected} відхилено`
    : `rows read ${read} = ${used} used + ${rejected} rejected`;
}
