// Turns aggregates into what a component shows: ordering, labels, formatted
// text. No statistics are computed here; every number comes from the pipeline.
import { formatInterval, formatValue } from '../text/format.ts';
import type { Bar } from './chart/bar.ts';
import type {
  Codebook,
  CommunityEntry,
  Lang,
  MetricDefinition,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  Question,
  QuestionStat,
} from '../contract/types.ts';

export function findQuestion(codebook: Codebook, id: string, where = ''): Question {
  const q = codebook.questions.find((x) => x.id === id);
  if (!q) {
    throw new Error(
      `${where ? where + ': ' : ''}unknown question id "${id}"; valid ids: ${codebook.questions.map((x) => x.id).join(', ')}`,
    );
  }
  return q;
}

export function findMetric(codebook: Codebook, id: string, where = ''): MetricDefinition {
  const m = codebook.metrics.find((x) => x.id === id);
  if (!m) {
    throw new Error(
      `${where ? where + ': ' : ''}unknown metric id "${id}"; valid ids: ${codebook.metrics.map((x) => x.id).join(', ')}`,
    );
  }
  return m;
}

export interface QuestionRow {
  code: string;
  label: string;
  count: number;
  share: number | null;
  ci: [number, number] | null;
}

/**
 * Rows of a question's answers, largest share first unless the codebook order is asked for.
 * The free-text bucket "other" is left out when nobody chose it: an «Інше 0 % (0)» row says nothing.
 */
export function questionRows(
  question: Question,
  stat: QuestionStat,
  lang: Lang,
  sort: 'share' | 'codebook' = 'share',
): QuestionRow[] {
  const rows = question.options
    .map((o) => {
      const s = stat.options[o.code];
      return { code: o.code, label: o.label[lang], count: s?.count ?? 0, share: s?.share ?? null, ci: s?.ci ?? null };
    })
    .filter((r) => !(r.code === 'other' && r.count === 0));
  if (sort === 'share') rows.sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  return rows;
}

export function rowsToBars(rows: QuestionRow[], lang: Lang): Bar[] {
  return rows.map((r) => ({
    code: r.code,
    label: r.label,
    value: r.share ?? 0,
    valueText:
      r.share === null ? '—' : `${formatValue(r.share, 'percent', lang)} (${formatValue(r.count, 'integer', lang)})`,
    ci: r.ci,
  }));
}

/** A unit with a name of `kind` in every language, in the registry's fields (`name_uk`, `short_en`…). */
type Named<K extends string> = Record<`${K}_${Lang}`, string>;

/** A registry unit's full name in `lang`: "Київська область". */
export function unitName(unit: Named<'name'>, lang: Lang): string {
  return unit[`name_${lang}`];
}

/** A registry unit's short name in `lang`, for maps and lists: "Київська". */
export function unitShort(unit: Named<'short'>, lang: Lang): string {
  return unit[`short_${lang}`];
}

/** Units in the alphabetical order of their names in `lang`, as every table by oblast lists them. */
export function byUnitName(
  lang: Lang,
): (a: { name_uk: string; name_en: string }, b: { name_uk: string; name_en: string }) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) => collator.compare(unitName(a, lang), unitName(b, lang));
}

export interface RankingRow {
  iso: string;
  name: string;
  rank: number | null;
  /** the ranks its interval allows: "1–13", or "4" when only one */
  rankRangeText: string;
  status: OblastAggregate['status'];
  value: number | null;
  valueText: string;
  ci: [number, number] | null;
  ciText: string;
  respondents: number;
}

/** Ranked oblasts first (by rank), then insufficient, then no data — each by name. */
export function rankingRows(oblasts: OblastAggregate[], metricId: string, lang: Lang): RankingRow[] {
  const statusOrder = { ok: 0, insufficient: 1, no_data: 2 } as const;
  const collator = new Intl.Collator(lang);
  return oblasts
    .map((o) => {
      const m = o.metrics[metricId];
      // Below the respondent threshold an estimate is too uncertain to show at all.
      const shown = o.status === 'ok';
      const value = shown && typeof m?.value === 'number' ? m.value : null;
      return {
        iso: o.iso,
        name: unitName(o, lang),
        rank: o.rank,
        rankRangeText: rankRangeText(o.rank_range ?? null),
        status: o.status,
        value,
        valueText: value === null ? '—' : formatValue(value, 'score', lang),
        ci: shown ? (m?.ci ?? null) : null,
        ciText: shown && m?.ci ? formatInterval(m.ci, 'score', lang) : '—',
        respondents: o.respondents,
      };
    })
    .sort(
      (a, b) =>
        statusOrder[a.status] - statusOrder[b.status] ||
        (a.rank ?? 0) - (b.rank ?? 0) ||
        collator.compare(a.name, b.name),
    );
}

/** "1–13" (en dash), "4" when the range is one place, "—" when unranked. */
function rankRangeText(range: [number, number] | null): string {
  if (range === null) return '—';
  return range[0] === range[1] ? String(range[0]) : `${range[0]}–${range[1]}`;
}

export interface CommunityGroup {
  iso: string;
  name: string;
  communities: string[];
}

/** Communities grouped by oblast in registry order, names as written in the export. */
export function communitiesByOblast(
  communities: CommunityEntry[],
  registry: OblastUnit[],
  lang: Lang,
): CommunityGroup[] {
  const byName = new Intl.Collator('uk').compare;
  const byOblast = new Intl.Collator(lang).compare;
  return registry
    .map((unit) => ({
      iso: unit.iso,
      name: unitName(unit, lang),
      communities: communities
        .filter((c) => c.oblast === unit.iso)
        .map((c) => c.community)
        .sort(byName),
    }))
    .filter((g) => g.communities.length > 0)
    .sort((a, b) => byOblast(a.name, b.name));
}

/** The whole number behind a key figure that counts something (respondents, oblasts…), or null for shares, scores and names. */
export function keyFigureCount(id: string, national: NationalAggregate, codebook: Codebook): number | null {
  if (id === 'oblasts_covered') return national.oblasts_covered;
  if (id === 'oblasts_ranked') return national.oblasts_ranked;
  if (id === 'communities_total') return national.communities_total ?? null;
  if (id === 'min_respondents') return codebook.thresholds.min_respondents;
  const metric = codebook.metrics.find((m) => m.id === id);
  const value = national.metrics[id]?.value;
  return metric?.kind === 'count' && typeof value === 'number' ? value : null;
}

/** The value of a key figure, formatted: a codebook metric or a national fact. */
export function keyFigure(
  id: string,
  national: NationalAggregate,
  oblasts: OblastAggregate[],
  codebook: Codebook,
  lang: Lang,
): string {
  const count = keyFigureCount(id, national, codebook);
  if (count !== null) return formatValue(count, 'integer', lang);
  if (id === 'leader') {
    const leader = oblasts.find((o) => o.iso === national.leader);
    return leader ? unitName(leader, lang) : '—';
  }
  return metricText(national.metrics[id]?.value, findMetric(codebook, id), codebook, lang);
}

/** A metric value as the reader sees it: a formatted number, or the label of a category code. */
export function metricText(
  value: number | string | null | undefined,
  metric: MetricDefinition,
  codebook: Codebook,
  lang: Lang,
): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') {
    const q = metric.question ? findQuestion(codebook, metric.question) : undefined;
    return q?.options.find((o) => o.code === value)?.label[lang] ?? value;
  }
  return metric.format === 'category' ? String(value) : formatValue(value, metric.format, lang);
}
