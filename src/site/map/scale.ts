// One stepped scale per kind of measure: every map of shares of communities (strategy
// adopted, CDTO, funding…) colours 20–40 % alike, so maps side by side compare at a
// glance. The editor may ask for a map's own scale (<ChoroplethMap scale="own">).
import type { MetricDefinition, MetricValue, UnitStatus } from '../../contract/types.ts';
import type { NumericFormat } from '../../text/format.ts';
import type { SiteData } from '../data.ts';
import { classOf, classify, displayRound, readableScale } from './classify.ts';

/** Rounding unit of class thresholds: 5 % for shares, 5 points for scores, a round step for counts. */
const unitOf: Record<NumericFormat, number | null> = { percent: 0.05, score: 5, integer: null };

/** How a unit's value reads on a map: counts and coverage are exact however few answered. */
export function unitStatus(
  status: UnitStatus | undefined,
  metric: MetricDefinition,
  value: MetricValue | undefined,
): UnitStatus {
  if (!status || status === 'no_data') return 'no_data';
  // A count is exact however small; estimates below the respondent threshold are withheld.
  if (status === 'insufficient' && metric.kind !== 'count' && metric.kind !== 'coverage') return 'insufficient';
  return value?.value === null || value?.value === undefined ? 'no_data' : 'ok';
}

/** The values shown on the map of `metric`, one per unit with a value. */
function shownValues(data: Pick<SiteData, 'oblasts'>, metric: MetricDefinition): number[] {
  return data.oblasts.flatMap((o) => {
    const mv = o.metrics[metric.id];
    return unitStatus(o.status, metric, mv) === 'ok' ? [Number(mv!.value)] : [];
  });
}

export interface MapScale {
  breaks: number[];
  /** Per class: its [from, to] (from = to for a class of one value). */
  ranges: Array<[number, number]>;
}

/**
 * The classes of the map of `metric` (`values` its own values): the shared scale of its
 * kind of measure (same metric kind and format), or its own with `own`. Whenever the map
 * has no more distinct values than `k` and the scale would give two of them one colour,
 * each value gets a class of its own: values that differ never share a colour (so does a
 * map on its own scale with no more values than classes: "0 %", "100 %" reads better than ranges).
 */
export function mapScale(
  data: Pick<SiteData, 'codebook' | 'oblasts'>,
  metric: MetricDefinition,
  values: readonly number[],
  k: number,
  own = false,
): MapScale {
  const format = metric.format as NumericFormat;
  const step = format === 'percent' ? 0.01 : 1;
  const shown = [...new Set(values.map((v) => displayRound(v, step)))].sort((a, b) => a - b);
  const peers = own
    ? [metric]
    : data.codebook.metrics.filter((m) => m.kind === metric.kind && m.format === metric.format);
  const pool = peers.flatMap((m) => (m.id === metric.id ? values : shownValues(data, m)));
  const scale = readableScale(
    pool.map((v) => displayRound(v, step)),
    k,
    unitOf[format],
  );
  const merges = shown.some((v, i) => i > 0 && classOf(v, scale.breaks) === classOf(shown[i - 1]!, scale.breaks));
  if (shown.length <= k && (own || merges)) {
    const own = classify(values, k, step);
    return { breaks: own.breaks, ranges: own.ranges.map((r) => [r!.min, r!.max]) };
  }
  const ranges = scale.edges.length
    ? Array.from({ length: scale.breaks.length + 1 }, (_, i): [number, number] => [
        scale.edges[i]!,
        scale.edges[i + 1]!,
      ])
    : [];
  return { breaks: scale.breaks, ranges };
}
