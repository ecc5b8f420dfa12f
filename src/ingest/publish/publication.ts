// What a valid run publishes and what it keeps private — decided here, in one place, not by
// the CLI: the four JSON files of the published set (meta.json without values or free text)
// and the "Other" answers for the report team (a private CSV, never published).
import { basename } from 'node:path';
import type { Problem, RunMeta } from '../../contract/types.ts';
import type { Aggregates } from '../aggregate/aggregate.ts';
import type { CompiledCodebook } from '../records/codebook.ts';
import type { OtherAnswer } from '../records/validate.ts';
import { otherAnswersCsv } from './other-answers.ts';
import { renderOutputs, type OUTPUT_FILES } from './outputs.ts';

/** notices whose text may quote respondents' free text: never written to a published file */
const PRIVATE_CODES = new Set(['other_answers']);

/** What `publication` needs of a run: a valid pipeline result, its notices already summarised. */
export interface ValidRun {
  aggregates: Aggregates;
  problems: Problem[];
  other: OtherAnswer[];
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  rowsSkipped: number;
  duplicatesResolved: number;
  minRespondents: number;
  confidence: number;
}

export interface Publication {
  /** the published set: file name → content */
  files: Record<(typeof OUTPUT_FILES)[number], string>;
  /** the private "Other" answers CSV, or null when there are none */
  other: string | null;
}

/** The published set and the private file of a valid run of `input` (a path; only its base name is published). */
export function publication(
  run: ValidRun,
  codebook: CompiledCodebook,
  { input, illustrative }: { input: string; illustrative: boolean },
): Publication {
  const meta: RunMeta = {
    input: basename(input),
    illustrative,
    rows_read: run.rowsRead,
    rows_valid: run.rowsValid,
    rows_rejected: run.rowsRejected,
    rows_skipped: run.rowsSkipped,
    duplicates_resolved: run.duplicatesResolved,
    min_respondents: run.minRespondents,
    confidence: run.confidence,
    // Published: no values (a cell may hold personal data) and no notice quoting free text.
    notices: run.problems
      .filter((p) => p.severity === 'notice' && !PRIVATE_CODES.has(p.code))
      .map((p) => ({ ...p, file: basename(p.file), value: null })),
  };
  return {
    files: renderOutputs(run.aggregates, meta),
    other: run.other.length > 0 ? otherAnswersCsv(run.other, codebook) : null,
  };
}
