// The codebook's breakdowns (community type, population band): for the country with every
// question, and inside each unit with the headline metrics (its small against its large
// communities on a profile page). One pass over the records; answers are coded once per
// distinct cell value.
import type { BreakdownAggregate, OblastAggregate } from '../../contract/types.ts';
import type { AggregateOptions } from './aggregate.ts';
import { metricValues, questionStats, statusOf } from './figures.ts';
import { GroupAccumulator, type GroupPlan } from './group.ts';
import type { CodedRecords } from './coded.ts';

export interface BreakdownFigures {
  national: Record<string, BreakdownAggregate>;
  /** per unit (opts.units order): breakdown id → group id → figures */
  units: OblastAggregate['breakdowns'][];
}

/**
 * Every codebook breakdown: for the country respondents, status, question stats and metrics
 * per group plus how many respondents fit no group; for each unit respondents, status and
 * metrics per group. Units without respondents get an empty record per breakdown.
 */
export function breakdowns(coded: CodedRecords, plan: GroupPlan, opts: AggregateOptions, z: number): BreakdownFigures {
  const defs = opts.codebook.breakdowns ?? [];
  const accumulators = defs.map((d) => d.groups.map(() => new GroupAccumulator(plan)));
  // [breakdown][unit][group], created when a unit's first respondent arrives
  const perUnit = defs.map(() => opts.units.map((): GroupAccumulator[] | null => null));
  const unclassified = defs.map(() => 0);
  const { unit, answers, groups: groupIds } = coded;
  for (let n = 0; n < answers.length; n++) {
    const u = unit[n]!;
    defs.forEach((d, i) => {
      const id = groupIds[n]![i] ?? null;
      const k = id === null ? -1 : d.groups.findIndex((g) => g.id === id);
      if (k < 0) {
        unclassified[i]!++;
        return;
      }
      accumulators[i]![k]!.add(answers[n]!);
      if (u < 0) return;
      const groups = (perUnit[i]![u] ??= d.groups.map(() => new GroupAccumulator(plan)));
      groups[k]!.add(answers[n]!);
    });
  }
  const national: Record<string, BreakdownAggregate> = {};
  const units: OblastAggregate['breakdowns'][] = opts.units.map(() => ({}));
  defs.forEach((d, i) => {
    const groups: BreakdownAggregate['groups'] = {};
    d.groups.forEach((g, k) => {
      const acc = accumulators[i]![k]!;
      groups[g.id] = {
        respondents: acc.respondents,
        status: statusOf(acc.respondents, opts.minRespondents),
        questions: questionStats(acc, plan, z),
        metrics: metricValues(acc, plan, opts.codebook, z, null),
      };
    });
    national[d.id] = { groups, unclassified: unclassified[i]! };
    opts.units.forEach((_, u) => {
      const accs = perUnit[i]![u];
      units[u]![d.id] = Object.fromEntries(
        d.groups.map((g, k) => {
          const acc = accs?.[k] ?? new GroupAccumulator(plan);
          const figures = {
            respondents: acc.respondents,
            status: statusOf(acc.respondents, opts.minRespondents),
            metrics: metricValues(acc, plan, opts.codebook, z, null),
          };
          return [g.id, figures];
        }),
      );
    });
  });
  return { national, units };
}
