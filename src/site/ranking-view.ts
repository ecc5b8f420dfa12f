// The ranking table of the Smart Readiness Index, decided before any markup: rows in
// order with their possible ranks, interval bar positions and links, and the wording.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { formatValue } from '../text/format.ts';
import { profileHref } from './profile-paths.ts';
import { rankingRows, unitShort, type RankingRow } from './present.ts';
import { leaderHeadline } from './headline.ts';
import { rankingChartView, type RankingChartView } from './ranking-chart.ts';

interface RankingViewRow extends RankingRow {
  rankText: string;
  /** The oblast's community page, or null. */
  href: string | null;
  /** One of the group that could be first. */
  leader: boolean;
  /** "(insufficient data)" and the like for an unranked oblast; '' when ranked. */
  statusText: string;
  /** The interval bar as percentages of the column: [from, to, dot], or null when not shown. */
  bar: [string, string, string] | null;
  respondentsText: string;
}

export interface RankingView {
  metricId: string;
  /** the finding: the leader, or how many oblasts could be first */
  title: string;
  /** the neutral label */
  subtitle: string;
  chart: RankingChartView;
  /** the chart's key */
  legend: string;
  /** the table's disclosure: what a click does while folded and while open */
  toggle: { show: string; hide: string };
  headings: { rank: string; rankRange: string; oblast: string; value: string; interval: string; respondents: string };
  leaderMark: string;
  rows: RankingViewRow[];
  /** What "possible ranks" mean, and what ★ marks when a leading group exists. */
  note: string;
}

const pct = (v: number) => `${v.toFixed(1)}%`;

/** The ranking of the codebook's index in `lang`. */
export function rankingView(
  data: Pick<SiteData, 'oblasts' | 'codebook' | 'national' | 'communities' | 'registry'>,
  lang: Lang,
): RankingView {
  const { oblasts, codebook, national } = data;
  const s = t(lang).site;
  const leaders = national.leaders ?? [];
  const metricId = codebook.index.id;
  const statusText = { ok: '', insufficient: s.insufficient, no_data: s.noData };
  const rows = rankingRows(oblasts, metricId, lang);
  const rankRanges = new Map(oblasts.flatMap((o) => (o.rank_range ? [[o.iso, o.rank_range] as const] : [])));
  const shortNames = new Map(data.registry.map((u) => [u.iso, unitShort(u, lang)]));
  return {
    metricId,
    title: leaderHeadline(data, lang),
    subtitle: s.rankingTitle,
    chart: rankingChartView(rows, rankRanges, shortNames, national.metrics[metricId], lang),
    legend: s.rankingChart.legend,
    toggle: { show: s.showTable, hide: s.hideTable },
    headings: {
      rank: s.rank,
      rankRange: s.rankRange,
      oblast: s.oblast,
      value: codebook.index.label[lang],
      interval: s.interval,
      respondents: s.respondentsShort,
    },
    leaderMark: s.leadingGroupMark,
    rows: rows.map((r) => ({
      ...r,
      rankText: r.rank === null ? '—' : String(r.rank),
      href: profileHref(r.iso, lang),
      leader: leaders.includes(r.iso),
      statusText: statusText[r.status],
      bar: r.ci && r.value !== null ? [pct(r.ci[0]), pct(r.ci[1]), pct(r.value)] : null,
      respondentsText: formatValue(r.respondents, 'integer', lang),
    })),
    note: s.rankRangeNote + (leaders.length > 0 ? ` ${s.leadingGroupNote}` : ''),
  };
}
