// Each record worked out once for every count that reads it (the unit tallies, the
// breakdowns, the community list): its unit's registry position, its answers coded for
// counting, its group in each breakdown. On a 100,000-row export each of these is a lookup
// per record that the three passes used to repeat (`npm run bench -- ingest`).
import type { BreakdownDefinition, OblastUnit, SurveyRecord } from '../../contract/types.ts';
import { breakdownGroup } from '../records/breakdown.ts';
import { type CodedAnswer, createAnswerCoder, type GroupPlan } from './group.ts';

export interface CodedRecords {
  records: readonly SurveyRecord[];
  /** per record, its unit's position in the registry; -1 for a unit outside it */
  unit: Int32Array;
  /** per record, one coded answer per plan question */
  answers: CodedAnswer[][];
  /** per record, its group id in each of `defs` (null: none) */
  groups: (string | null)[][];
}

/** Codes `records` once for `plan`, `units` (registry order) and the breakdowns `defs`. */
export function codeRecords(
  records: readonly SurveyRecord[],
  plan: GroupPlan,
  units: readonly OblastUnit[],
  defs: readonly BreakdownDefinition[],
): CodedRecords {
  const position = new Map(units.map((u, i) => [u.iso, i]));
  const code = createAnswerCoder(plan);
  const unit = new Int32Array(records.length);
  const answers = new Array<CodedAnswer[]>(records.length);
  const groups = new Array<(string | null)[]>(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    unit[i] = position.get(r.oblast) ?? -1;
    answers[i] = code(r);
    const g = new Array<string | null>(defs.length);
    for (let k = 0; k < defs.length; k++) g[k] = breakdownGroup(defs[k]!, r);
    groups[i] = g;
  }
  return { records, unit, answers, groups };
}
