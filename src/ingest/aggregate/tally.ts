// Per-unit and national running totals, filled from validated records (tallyRecords);
// aggregate() turns them into the published figures (summarise).
import type { OblastUnit } from '../../contract/types.ts';
import { type CodedAnswer, GroupAccumulator, type GroupPlan } from './group.ts';
import type { CodedRecords } from './coded.ts';

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

/** The unit and national totals of the coded records (codeRecords). */
export function tallyRecords(coded: CodedRecords, plan: GroupPlan, units: readonly OblastUnit[]): Tally {
  const tally = new Tally(plan, units);
  const { unit, answers } = coded;
  for (let i = 0; i < answers.length; i++) tally.add(unit[i]!, answers[i]!);
  return tally;
}
