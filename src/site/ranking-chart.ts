// The ranking as a chart: oblasts sorted by the index, each a dot with its 95 % interval on
// one labelled axis, the national value as a line, and three tiers read off the possible
// ranks the pipeline computed (src/ingest/aggregate/rank-range.ts): the leading group (could
// be first), the trailing group (could be last, and not first) and the middle (neither).
// No statistics here: positions are the published values placed on a rounded axis.
import type { Lang, MetricValue } from '../contract/types.ts';
import { t } from '../i18n/index.ts';
import { countNoun, formatInterval, formatValue } from '../text/format.ts';
import { listNames } from './findings.ts';
import type { RankingRow } from './present.ts';

export type Tier = 'leading' | 'middle' | 'trailing';

/** Which tier a ranked oblast is in, from its possible ranks [best, worst] among `ranked` oblasts. */
export function tierOf(range: readonly [number, number], ranked: number): Tier {
  if (range[0] === 1) return 'leading';
  return range[1] === ranked ? 'trailing' : 'middle';
}

/** An axis from a multiple of `step` at or below `lo` to one at or above `hi`, with its ticks. */
export function niceAxis(lo: number, hi: number, step = 10): { from: number; to: number; ticks: number[] } {
  const from = Math.max(0, Math.floor(lo / step) * step);
  const to = Math.min(100, Math.ceil(hi / step) * step);
  const ticks = [];
  for (let v = from; v <= to + 1e-9; v += step) ticks.push(v);
  return { from, to: to > from ? to : from + step, ticks };
}

interface RankingChartRow {
  iso: string;
  /** the short name the chart shows: "Львівська" */
  name: string;
  tier: Tier;
  /** dot and interval as % of the plot's width */
  at: { dot: number; lo: number; hi: number };
  valueText: string;
  /** what a screen reader hears: "Львівська область: 72 (65–79), можливі місця 1–13" */
  description: string;
}

export interface RankingChartView {
  rows: RankingChartRow[];
  tiers: { tier: Tier; title: string; rows: RankingChartRow[] }[];
  /** ticks at every 10; `minor` ones (odd tens) are left out of a phone's axis labels */
  axis: { label: string; ticks: { at: number; text: string; minor: boolean }[] };
  national: { at: number; text: string } | null;
  /** one sentence naming the leading tier */
  summary: string;
}

const TIERS: Tier[] = ['leading', 'middle', 'trailing'];

/**
 * The chart of the ranked rows (`rows` from rankingRows, in rank order; unranked ones are left
 * out: they have no interval to draw) with the national index `national`, in `lang`.
 */
export function rankingChartView(
  rows: readonly RankingRow[],
  rankRanges: ReadonlyMap<string, [number, number]>,
  shortNames: ReadonlyMap<string, string>,
  national: MetricValue | undefined,
  lang: Lang,
): RankingChartView {
  const s = t(lang).site.rankingChart;
  const ranked = rows.filter((r) => r.status === 'ok' && r.value !== null && r.ci !== null && rankRanges.has(r.iso));
  const nationalValue = typeof national?.value === 'number' ? national.value : null;
  const lows = ranked.map((r) => r.ci![0]);
  const highs = ranked.map((r) => r.ci![1]);
  const axis = niceAxis(Math.min(...lows, nationalValue ?? 100), Math.max(...highs, nationalValue ?? 0));
  // % of the plot to 0.1: under a pixel of a plot at most ~500 px wide
  const x = (v: number) => Math.round(((v - axis.from) / (axis.to - axis.from)) * 1000) / 10;
  const chartRows = ranked.map((r): RankingChartRow => {
    const range = rankRanges.get(r.iso)!;
    return {
      iso: r.iso,
      name: shortNames.get(r.iso) ?? r.name,
      tier: tierOf(range, ranked.length),
      at: { dot: x(r.value!), lo: x(r.ci![0]), hi: x(r.ci![1]) },
      valueText: r.valueText,
      description: s.rowDescription(r.name, r.valueText, r.ciText, r.rankRangeText),
    };
  });
  const leading = chartRows.filter((r) => r.tier === 'leading');
  const short = leading.map((r) => r.name);
  const summary =
    leading.length === 0
      ? s.noLeader
      : leading.length === 1
        ? s.oneLeader(ranked.find((r) => r.iso === leading[0]!.iso)!.name)
        : s.leadingGroup(
            `${formatValue(leading.length, 'integer', lang)}\u00a0${countNoun(leading.length, s.oblastsOf, lang)}`,
            listNames(short, lang, 5),
          );
  return {
    rows: chartRows,
    tiers: TIERS.map((tier) => ({ tier, title: s.tiers[tier], rows: chartRows.filter((r) => r.tier === tier) })).filter(
      (g) => g.rows.length > 0,
    ),
    axis: {
      label: s.axis,
      ticks: axis.ticks.map((v) => ({ at: x(v), text: formatValue(v, 'score', lang), minor: v % 20 !== 0 })),
    },
    national:
      nationalValue === null
        ? null
        : {
            at: x(nationalValue),
            text: `${s.national}: ${formatValue(nationalValue, 'score', lang)}${national?.ci ? ` (${formatInterval(national.ci, 'score', lang)})` : ''}`,
          },
    summary,
  };
}
