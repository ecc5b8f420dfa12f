// Per-unit and national running totals, filled from validated records (tallyRecords);
// aggregate() turns them into the published figures (summarise).
import type { OblastUnit, SurveyRecord } from '../../contract/types.ts';
import { type CodedAnswer, createAnswerCoder, GroupAccumulator, type GroupPlan } from './group.ts';

export class Tally {
  readonly plan: GroupPlan;
  /** one per unit, registry order */
  readonly groups: GroupAccumulator[];
  readonly all: GroupAccumulator;

  constructor(plan: GroupPlan, units: readonly OblastUnit[]) {
    this.plan = plan;
    this.groups = units.map(() => new GroupAccumulator(plan));
    this.all = new GroupAccumulator(plan);
  }

  /** `unit` is the registry position of the respondent's unit; -1 counts it nationally only. */
  add(unit: number, answers: readonly CodedAnswer[]): void {
    if (unit >= 0) this.groups[unit]!.add(answers);
    this.all.add(answers);
  }
}

export function tallyRecords(records: readonly SurveyRecord[], plan: GroupPlan, units: readonly OblastUnit[]): Tally {
  const tally = new Tally(plan, units);
  const position = new Map(units.map((u, i) => [u.iso, i]));
  const code = createAnswerCoder(plan);
  for (const r of records) tally.add(position.get(r.oblast) ?? -1, code(r));
  return tally;
}
