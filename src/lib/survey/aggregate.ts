// Validated records → per-oblast and national aggregates, in the shapes of
// src/lib/types.ts. All 27 units are always listed, in registry order.
import type {
  Codebook,
  CommunityEntry,
  MetricDefinition,
  MetricValue,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  QuestionStat,
  SurveyRecord,
  UnitStatus,
} from '../types.ts';
import { zFor } from './normal.ts';
import { groupIndex, respondentScore, type RespondentScore } from './readiness.ts';
import { wilson } from './wilson.ts';

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

interface GroupStats {
  respondents: number;
  questions: Record<string, QuestionStat>;
  metrics: Record<string, MetricValue>;
}

export function aggregate(records: SurveyRecord[], opts: AggregateOptions): Aggregates {
  const z = zFor(opts.confidence);
  const byOblast = new Map<string, SurveyRecord[]>(opts.units.map((u) => [u.iso, []]));
  for (const r of records) byOblast.get(r.oblast)?.push(r);

  const oblasts: OblastAggregate[] = opts.units.map((u) => {
    const stats = groupStats(byOblast.get(u.iso)!, opts.codebook, z);
    return {
      iso: u.iso,
      name_uk: u.name_uk,
      name_en: u.name_en,
      respondents: stats.respondents,
      status: statusOf(stats.respondents, opts.minRespondents),
      rank: null,
      questions: stats.questions,
      metrics: stats.metrics,
    };
  });
  const indexId = opts.codebook.metrics.find((m) => m.kind === 'index')?.id;
  const leader = indexId ? assignRanks(oblasts, indexId) : null;
  const all = groupStats(records, opts.codebook, z);
  const national: NationalAggregate = {
    respondents: all.respondents,
    oblasts_covered: oblasts.filter((o) => o.respondents > 0).length,
    oblasts_ranked: oblasts.filter((o) => o.rank !== null).length,
    leader,
    questions: all.questions,
    metrics: all.metrics,
  };
  return { oblasts, national, communities: communityList(records, opts.units) };
}

export function statusOf(respondents: number, minRespondents: number): UnitStatus {
  if (respondents === 0) return 'no_data';
  return respondents < minRespondents ? 'insufficient' : 'ok';
}

/**
 * Ranks units with status ok by the index, 1 = highest; equal values (as written,
 * after rounding) share a rank and the next rank is skipped (1, 1, 3).
 * Returns the leader's ISO, or null when nobody is ranked or first place is shared.
 */
export function assignRanks(oblasts: OblastAggregate[], indexId: string): string | null {
  const ranked = oblasts
    .filter((o) => o.status === 'ok' && typeof o.metrics[indexId]?.value === 'number')
    .sort((a, b) => (b.metrics[indexId]!.value as number) - (a.metrics[indexId]!.value as number));
  ranked.forEach((o, i) => {
    const prev = ranked[i - 1];
    o.rank = prev && prev.metrics[indexId]!.value === o.metrics[indexId]!.value ? prev.rank : i + 1;
  });
  const first = ranked.filter((o) => o.rank === 1);
  return first.length === 1 ? first[0]!.iso : null;
}

function groupStats(records: SurveyRecord[], codebook: Codebook, z: number): GroupStats {
  const questions: Record<string, QuestionStat> = {};
  for (const q of codebook.questions) {
    const counts = new Map(q.options.map((o) => [o.code, 0]));
    let answered = 0;
    for (const r of records) {
      const codes = r.answers[q.id];
      if (!codes) continue;
      answered++;
      for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const options: QuestionStat['options'] = {};
    for (const [code, count] of counts) {
      options[code] = {
        count,
        share: answered > 0 ? round(count / answered) : null,
        ci: roundInterval(wilson(count, answered, z)),
      };
    }
    questions[q.id] = { answered, options };
  }
  const scores: RespondentScore[] = [];
  for (const r of records) {
    const s = respondentScore(codebook.index, r);
    if (s) scores.push(s);
  }
  const metrics: Record<string, MetricValue> = {};
  for (const m of codebook.metrics) metrics[m.id] = metricValue(m, records, questions, scores, codebook, z);
  return { respondents: records.length, questions, metrics };
}

function metricValue(
  m: MetricDefinition,
  records: SurveyRecord[],
  questions: Record<string, QuestionStat>,
  scores: RespondentScore[],
  codebook: Codebook,
  z: number,
): MetricValue {
  switch (m.kind) {
    case 'count':
      return { value: records.length, ci: null, n: records.length };
    case 'share': {
      const codes = m.codes ?? [];
      let answered = 0;
      let count = 0;
      for (const r of records) {
        const a = r.answers[m.question!];
        if (!a) continue;
        answered++;
        if (a.some((c) => codes.includes(c))) count++;
      }
      return {
        value: answered > 0 ? round(count / answered) : null,
        ci: roundInterval(wilson(count, answered, z)),
        n: answered,
        count,
      };
    }
    case 'index': {
      const g = groupIndex(codebook.index, scores, z);
      const components: Record<string, number | null> = {};
      for (const [k, v] of Object.entries(g.components)) components[k] = v === null ? null : round(v);
      return { value: g.value === null ? null : round(g.value), ci: roundInterval(g.ci), n: g.n, components };
    }
    case 'mode': {
      const stat = questions[m.question!]!;
      const question = codebook.questions.find((q) => q.id === m.question)!;
      // Iterating in codebook order with a strict ">" breaks ties towards the earlier option.
      let best: string | null = null;
      let bestCount = 0;
      for (const o of question.options) {
        const c = stat.options[o.code]!.count;
        if (c > bestCount) [best, bestCount] = [o.code, c];
      }
      return { value: best, ci: null, n: stat.answered, count: bestCount };
    }
  }
}

function communityList(records: SurveyRecord[], units: OblastUnit[]): CommunityEntry[] {
  const order = new Map(units.map((u, i) => [u.iso, i]));
  const collator = new Intl.Collator('uk');
  return records
    .map((r) => ({
      respondent_id: r.respondent_id,
      community: r.community,
      oblast: r.oblast,
      population: r.population,
      lat: r.lat,
      lon: r.lon,
    }))
    .sort(
      (a, b) =>
        order.get(a.oblast)! - order.get(b.oblast)! ||
        collator.compare(a.community, b.community) ||
        (a.respondent_id < b.respondent_id ? -1 : a.respondent_id > b.respondent_id ? 1 : 0),
    );
}

/** Six decimals keep the JSON small and identical across runs and machines. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
function roundInterval(ci: [number, number] | null): [number, number] | null {
  return ci === null ? null : [round(ci[0]), round(ci[1])];
}
