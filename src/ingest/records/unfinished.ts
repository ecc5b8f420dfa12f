// Responses a survey tool marks as never finished: Qualtrics' `Finished` column holds False
// (or 0) for a respondent who left part way (its `Progress` below 100). They are answers all
// the same — counted when they pass the checks — but never silently: one notice names them,
// as LimeSurvey's empty submitdate gets (records/duplicates.ts). The column: columns/finished-column.ts.
import type { Problem } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import { rowRanges } from './row-kinds.ts';

const NOT_FINISHED = new Set(['false', '0', 'ні', 'no']);

/** Whether a "finished" cell says the response was left unfinished. */
export function isUnfinished(cell: string | undefined): boolean {
  return NOT_FINISHED.has((cell ?? '').trim().toLowerCase());
}

/**
 * One notice for the unfinished rows (spreadsheet numbers), saying which of them were counted
 * (`counted`: the rows that became records); none when every response was finished.
 */
export function unfinishedNotice(
  file: string,
  column: string,
  rows: readonly number[],
  counted: ReadonlySet<number>,
): Problem[] {
  if (rows.length === 0) return [];
  const kept = rows.filter((r) => counted.has(r));
  return [
    {
      file,
      row: null,
      column,
      value: null,
      code: 'unfinished_response',
      message: localized((c) => c.ingest.unfinishedResponses(rowRanges(rows), rowRanges(kept), column)),
      severity: 'notice',
    },
  ];
}

/** Errors that only say an answer is missing: what a response left part way is expected to have. */
const MISSING_ANSWER = new Set(['required', 'too_few_answers']);

/**
 * The unfinished rows (`unfinished`, spreadsheet numbers) rejected only for missing answers, and
 * `problems` without those rows' errors: such a row is not counted, and the unfinished notice
 * names it, but it does not fail the run — a respondent who left before the required questions
 * is no mistake in the file. A row with any other error keeps all of its errors.
 */
export function excuseUnanswered(
  problems: readonly Problem[],
  unfinished: ReadonlySet<number>,
): { problems: Problem[]; excused: number[] } {
  if (unfinished.size === 0) return { problems: [...problems], excused: [] };
  const onlyMissing = new Map<number, boolean>();
  for (const p of problems)
    if (p.severity === 'error' && p.row !== null && unfinished.has(p.row))
      onlyMissing.set(p.row, (onlyMissing.get(p.row) ?? true) && MISSING_ANSWER.has(p.code));
  const excused = [...onlyMissing].filter(([, only]) => only).map(([row]) => row);
  if (excused.length === 0) return { problems: [...problems], excused };
  const drop = new Set(excused);
  return {
    problems: problems.filter((p) => !(p.severity === 'error' && p.row !== null && drop.has(p.row))),
    excused: excused.sort((a, b) => a - b),
  };
}
