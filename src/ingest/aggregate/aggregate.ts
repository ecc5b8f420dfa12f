// Validated records → per-oblast and national aggregates, in the shapes of
// src/contract/types.ts. All 27 units are always listed, in registry order.
import { rank } from 'd3-array';
import type {
  BreakdownAggregate,
  Codebook,
  CommunityEntry,
  MetricValue,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  QuestionStat,
  SurveyRecord,
  UnitStatus,
} from '../../contract/types.ts';
import { createAnswerCoder, GroupAccumulator, type GroupPlan, groupPlan } from './group.ts';
import { type Tally, tallyRecords } from './tally.ts';
import { communityList } from './communities.ts';
import { zFor } from './normal.ts';
import { wilson } from './wilson.ts';
import { leadingGroup, rankRanges } from './rank-range.ts';
import { breakdownGroup } from '../records/breakdown.ts';
import { defaultDigits } from '../../text/format.ts';

export interface AggregateOptions {
  codebook: Codebook;
  units: OblastUnit[];
  minRespondents: number;
  confidence: number;
}
export interface Aggregates {
  oblasts: OblastAggregate[];
  national: NationalAggregate;
  communities: CommunityEntry[];
}

export function aggregate(records: SurveyRecord[], opts: AggregateOptions): Aggregates {
  const plan = groupPlan(opts.codebook);
  return summarise(tallyRecords(records, plan, opts.units), records, opts);
}

/** Aggregates from a tally filled with exactly `records` (tallyRecords). */
function summarise(tally: Tally, records: SurveyRecord[], opts: AggregateOptions): Aggregates {
  const z = zFor(opts.confidence);
  const plan = tally.plan;
  const all = tally.all;
  const oblasts: OblastAggregate[] = opts.units.map((u, i) => {
    const g = tally.groups[i]!;
    return {
      iso: u.iso,
      name_uk: u.name_uk,
      name_en: u.name_en,
      respondents: g.respondents,
      status: statusOf(g.respondents, opts.minRespondents),
      rank: null,
      rank_range: null,
      communities_total: u.communities_total ?? null,
      coverage: coverage(g.respondents, u.communities_total ?? null),
      questions: questionStats(g, plan, z),
      metrics: metricValues(g, plan, opts.codebook, z, u.communities_total ?? null),
    };
  });
  const index = opts.codebook.metrics.find((m) => m.kind === 'index');
  if (index) assignRanks(oblasts, index.id, index.format === 'category' ? 0 : defaultDigits[index.format]);
  const leaders = index ? assignRankRanges(oblasts, index.id) : [];
  const national: NationalAggregate = {
    respondents: all.respondents,
    oblasts_covered: oblasts.filter((o) => o.respondents > 0).length,
    oblasts_ranked: oblasts.filter((o) => o.rank !== null).length,
    communities_total: nationalTotal(opts.units),
    leader: leaders.length === 1 ? leaders[0]! : null,
    leaders,
    questions: questionStats(all, plan, z),
    metrics: metricValues(all, plan, opts.codebook, z, nationalTotal(opts.units)),
    breakdowns: breakdowns(records, plan, opts, z),
  };
  return { oblasts, national, communities: communityList(records, opts.units) };
}

function statusOf(respondents: number, minRespondents: number): UnitStatus {
  if (respondents === 0) return 'no_data';
  return respondents < minRespondents ? 'insufficient' : 'ok';
}

/**
 * Ranks units with status ok by the index, 1 = highest. Units whose index reads the same
 * as published (`digits` decimals, as the pages show it) share a rank and the next rank
 * is skipped (1, 1, 3): a reader shown "64" and "64" must not see them ranked apart.
 * Returns the leader's ISO, or null when nobody is ranked or first place is shared.
 */
export function assignRanks(oblasts: OblastAggregate[], indexId: string, digits: number): string | null {
  // toFixed is how the pages format numbers (d3-format), so ties here are ties there.
  const published = (o: OblastAggregate) => Number((o.metrics[indexId]!.value as number).toFixed(digits));
  const ranked = oblasts.filter((o) => o.status === 'ok' && typeof o.metrics[indexId]?.value === 'number');
  // d3-array's rank gives ties the first rank of their run (0, 0, 2), highest first here.
  const ranks = rank(ranked, (a: OblastAggregate, b: OblastAggregate) => published(b) - published(a));
  ranked.forEach((o, i) => (o.rank = ranks[i]! + 1));
  const first = ranked.filter((o) => o.rank === 1);
  return first.length === 1 ? first[0]!.iso : null;
}

/**
 * Sets rank_range on every ranked unit from its index interval (rankRanges), widened
 * where needed to hold its published rank, and returns the ISO codes of the leading group.
 */
function assignRankRanges(oblasts: OblastAggregate[], indexId: string): string[] {
  const ranked = oblasts.filter((o) => o.rank !== null);
  const estimates = ranked.map((o) => ({
    id: o.iso,
    value: o.metrics[indexId]!.value as number,
    ci: o.metrics[indexId]!.ci,
  }));
  const ranges = rankRanges(estimates);
  for (const o of ranked) {
    const [best, worst] = ranges.get(o.iso)!;
    o.rank_range = [Math.min(best, o.rank!), Math.max(worst, o.rank!)];
  }
  return leadingGroup(estimates);
}

/** Communities in all units that have a total (1,469 for the 2020 registry); null if none has. */
function nationalTotal(units: OblastUnit[]): number | null {
  const totals = units.map((u) => u.communities_total).filter((t): t is number => typeof t === 'number');
  return totals.length ? totals.reduce((a, b) => a + b, 0) : null;
}

function coverage(respondents: number, total: number | null): number | null {
  return total === null || total <= 0 ? null : round(respondents / total);
}

/**
 * Every codebook breakdown: respondents, status, question stats and metrics per group,
 * plus how many respondents fit no group. A second pass over the records; the groups
 * are few, and answers are coded once per distinct cell value.
 */
function breakdowns(
  records: SurveyRecord[],
  plan: GroupPlan,
  opts: AggregateOptions,
  z: number,
): Record<string, BreakdownAggregate> {
  const defs = opts.codebook.breakdowns ?? [];
  if (defs.length === 0) return {};
  const accumulators = defs.map((d) => d.groups.map(() => new GroupAccumulator(plan)));
  const unclassified = defs.map(() => 0);
  const code = createAnswerCoder(plan);
  for (const r of records) {
    const answers = code(r);
    defs.forEach((d, i) => {
      const id = breakdownGroup(d, r);
      const k = id === null ? -1 : d.groups.findIndex((g) => g.id === id);
      if (k < 0) unclassified[i]!++;
      else accumulators[i]![k]!.add(answers);
    });
  }
  const out: Record<string, BreakdownAggregate> = {};
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
    out[d.id] = { groups, unclassified: unclassified[i]! };
  });
  return out;
}

function questionStats(g: GroupAccumulator, plan: GroupPlan, z: number): Record<string, QuestionStat> {
  const out: Record<string, QuestionStat> = {};
  plan.questions.forEach((q, j) => {
    const answered = g.answered[j]!;
    const options: QuestionStat['options'] = {};
    q.codes.forEach((code, k) => {
      const count = g.counts[j]![k]!;
      options[code] = {
        count,
        share: answered > 0 ? round(count / answered) : null,
        ci: roundInterval(wilson(count, answered, z)),
      };
    });
    const chosen = q.codes
      .filter((code) => options[code]!.count > 0)
      .map((code) => ({ id: code, value: options[code]!.share!, ci: options[code]!.ci }));
    out[q.id] = { answered, options, top: leadingGroup(chosen) };
  });
  return out;
}

function metricValues(
  g: GroupAccumulator,
  plan: GroupPlan,
  codebook: Codebook,
  z: number,
  /** the group's communities_total, for coverage; null where it has none */
  total: number | null,
): Record<string, MetricValue> {
  const metrics: Record<string, MetricValue> = {};
  for (const m of codebook.metrics) {
    switch (m.kind) {
      case 'count':
        metrics[m.id] = { value: g.respondents, ci: null, n: g.respondents };
        break;
      case 'coverage':
        metrics[m.id] = { value: coverage(g.respondents, total), ci: null, n: g.respondents, count: g.respondents };
        break;
      case 'share': {
        const s = plan.shares.findIndex((x) => x.metric === m.id);
        const [count, answered] = [g.shareHits[s]!, g.shareAnswered[s]!];
        metrics[m.id] = {
          value: answered > 0 ? round(count / answered) : null,
          ci: roundInterval(wilson(count, answered, z)),
          n: answered,
          count,
        };
        break;
      }
      case 'index': {
        const r = g.index.result(z);
        const components: Record<string, number | null> = {};
        for (const [k, v] of Object.entries(r.components)) components[k] = v === null ? null : round(v);
        metrics[m.id] = {
          value: r.value === null ? null : round(r.value),
          ci: roundInterval(r.ci),
          n: r.n,
          components,
        };
        break;
      }
      case 'mode': {
        const j = plan.questions.findIndex((q) => q.id === m.question);
        // Codebook order with a strict ">" breaks ties towards the earlier option.
        let best = -1;
        let bestCount = 0;
        let second = -1;
        let secondCount = 0;
        g.counts[j]!.forEach((c, k) => {
          if (c > bestCount) [second, secondCount, best, bestCount] = [best, bestCount, k, c];
          else if (c > secondCount) [second, secondCount] = [k, c];
        });
        const n = g.answered[j]!;
        const ci = best < 0 ? null : roundInterval(wilson(bestCount, n, z));
        metrics[m.id] = {
          value: best < 0 ? null : plan.questions[j]!.codes[best]!,
          ci,
          n,
          count: bestCount,
          share: best < 0 ? null : round(bestCount / n),
          runner_up: second < 0 ? null : plan.questions[j]!.codes[second]!,
          near_tie: ci !== null && second >= 0 && round(secondCount / n) >= ci[0],
        };
        break;
      }
    }
  }
  return metrics;
}

/** Six decimals keep the JSON small and identical across runs and machines. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
function roundInterval(ci: [number, number] | null): [number, number] | null {
  return ci === null ? null : [round(ci[0]), round(ci[1])];
}
