// The figures of one group of respondents (an oblast, the country, a breakdown group) from
// its running totals: per-question shares with Wilson intervals, and the codebook's metrics.
import type { Codebook, MetricValue, QuestionStat, UnitStatus } from '../../contract/types.ts';
import type { GroupAccumulator, GroupPlan } from './group.ts';
import { leadingGroup } from './rank-range.ts';
import { wilson } from './wilson.ts';

/** no_data without respondents, insufficient below `minRespondents`, else ok. */
export function statusOf(respondents: number, minRespondents: number): UnitStatus {
  if (respondents === 0) return 'no_data';
  return respondents < minRespondents ? 'insufficient' : 'ok';
}

/** respondents ÷ communities, six decimals; null without a (positive) total. */
export function coverage(respondents: number, total: number | null): number | null {
  return total === null || total <= 0 ? null : round(respondents / total);
}

/** Every question's answered count, per-option count, share and interval, and leading options. */
export function questionStats(g: GroupAccumulator, plan: GroupPlan, z: number): Record<string, QuestionStat> {
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

/** The codebook's metrics for one group. */
export function metricValues(
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
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
export function roundInterval(ci: [number, number] | null): [number, number] | null {
  return ci === null ? null : [round(ci[0]), round(ci[1])];
}
