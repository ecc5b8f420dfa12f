// Validated records → per-oblast and national aggregates, in the shapes of
// src/contract/types.ts. All 27 units are always listed, in registry order.
import { rank } from 'd3-array';
import type {
  Codebook,
  CommunityEntry,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  SurveyRecord,
} from '../../contract/types.ts';
import { groupPlan } from './group.ts';
import { type Tally, tallyRecords } from './tally.ts';
import { communityList } from './communities.ts';
import { zFor } from './normal.ts';
import { leadingGroup, rankRanges } from './rank-range.ts';
import { breakdowns } from './breakdowns.ts';
import { codeRecords, type CodedRecords } from './coded.ts';
import { coverage, metricValues, questionStats, statusOf } from './figures.ts';
import { versusRest } from './versus-rest.ts';
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
  // Each record's unit, coded answers and breakdown groups (its name is read for its type),
  // worked out once for the tallies, the breakdown figures and the community list alike.
  const coded = codeRecords(records, plan, opts.units, opts.codebook.breakdowns ?? []);
  return summarise(tallyRecords(coded, plan, opts.units), coded, opts);
}

/** Aggregates from a tally filled with exactly the coded records (tallyRecords). */
function summarise(tally: Tally, coded: CodedRecords, opts: AggregateOptions): Aggregates {
  const z = zFor(opts.confidence);
  const plan = tally.plan;
  const all = tally.all;
  const countryQuestions = questionStats(all, plan, z);
  const defs = opts.codebook.breakdowns ?? [];
  const split = breakdowns(coded, plan, opts, z);
  const oblasts: OblastAggregate[] = opts.units.map((u, i) => {
    const g = tally.groups[i]!;
    const questions = questionStats(g, plan, z);
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
      questions,
      metrics: metricValues(g, plan, opts.codebook, z, u.communities_total ?? null),
      rest: versusRest(questions, countryQuestions, z),
      breakdowns: split.units[i]!,
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
    questions: countryQuestions,
    metrics: metricValues(all, plan, opts.codebook, z, nationalTotal(opts.units)),
    breakdowns: split.national,
  };
  return { oblasts, national, communities: communityList(coded, opts.units, defs) };
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
