// The graphics that travel: one map per codebook metric that belongs on a map and one
// bar chart per codebook question, so a new question or metric in the codebook gets
// its embed, downloads and press-kit entry without code changes.
import type { Codebook, Lang, MetricDefinition } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { leaderHeadline, metricHeadline, questionHeadline } from './headline.ts';
import { t } from '../i18n/index.ts';

type GraphicKind = 'map' | 'ranking' | 'bar';

export interface Graphic {
  /** 'map-<metric id>', 'ranking-<index id>' or 'bar-<question id>': the URL segment of the embed. */
  id: string;
  kind: GraphicKind;
  /** Metric id (maps, the ranking) or question id (bar charts). */
  subject: string;
  /** Anchor of the report section the graphic belongs to. */
  section: string;
}

/** A report section reduced to what placement needs: the graphics it shows, in order. */
export interface ReportText {
  section: string;
  /** Graphic ids as the content check records them: 'map-<metric>', 'bar-<question>'. */
  graphics: string[];
}

/**
 * Raw counts make poor choropleths: big oblasts look important for being big. The
 * number of respondents is in every map's tooltip and CSV instead.
 */
export function mapsWell(metric: MetricDefinition): boolean {
  return metric.kind !== 'count';
}

/** Where the report itself shows each graphic: graphic id → section anchor (first use wins). */
export function placements(texts: ReportText[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { section, graphics } of texts) {
    for (const id of graphics) if (!out.has(id)) out.set(id, section);
  }
  return out;
}

export const fallbackSection = 'intro';

/**
 * Every graphic, maps first, then the ranking of the index, then bar charts, in codebook order. A graphic the report does not show
 * links to the section that shows its question, else to the introduction.
 */
export function embedGraphics(codebook: Codebook, placed: Map<string, string> = new Map()): Graphic[] {
  const mapOfQuestion = (questionId: string) =>
    codebook.metrics
      .filter((m) => m.question === questionId)
      .map((m) => placed.get(`map-${m.id}`))
      .find(Boolean);
  const maps = codebook.metrics.filter(mapsWell).map((m) => ({
    id: `map-${m.id}`,
    kind: 'map' as const,
    subject: m.id,
    section: placed.get(`map-${m.id}`) ?? (m.question ? placed.get(`bar-${m.question}`) : undefined) ?? fallbackSection,
  }));
  // The ranking of the index travels like a map: it sits beside the index map in the report.
  const indexId = codebook.index.id;
  const rankings = codebook.metrics.some((m) => m.id === indexId)
    ? [
        {
          id: `ranking-${indexId}`,
          kind: 'ranking' as const,
          subject: indexId,
          section: placed.get(`ranking-${indexId}`) ?? placed.get(`map-${indexId}`) ?? fallbackSection,
        },
      ]
    : [];
  const bars = codebook.questions.map((q) => ({
    id: `bar-${q.id}`,
    kind: 'bar' as const,
    subject: q.id,
    section: placed.get(`bar-${q.id}`) ?? mapOfQuestion(q.id) ?? fallbackSection,
  }));
  return [...maps, ...rankings, ...bars];
}

export function findGraphic(graphics: Graphic[], id: string): Graphic {
  const g = graphics.find((x) => x.id === id);
  if (!g) throw new Error(`unknown graphic "${id}"; valid ids: ${graphics.map((x) => x.id).join(', ')}`);
  return g;
}

export interface GraphicText {
  /** the finding the graphic shows, from the data: «Майже 9 з 10 громад бракує фінансування» */
  title: string;
  /** the neutral label: the metric's label (maps) or the question (bar charts) */
  subtitle: string;
}

/** Title (a finding, src/site/headline.ts) and subtitle (the neutral label) in one language. */
export function graphicText(
  graphic: Graphic,
  data: Pick<SiteData, 'codebook' | 'national' | 'oblasts' | 'registry'>,
  lang: Lang,
): GraphicText {
  const { codebook, national } = data;
  if (graphic.kind === 'ranking') return { title: leaderHeadline(data, lang), subtitle: t(lang).site.rankingTitle };
  if (graphic.kind === 'map') {
    const metric = codebook.metrics.find((m) => m.id === graphic.subject)!;
    return { title: metricHeadline(data, metric, lang), subtitle: metric.label[lang] };
  }
  const question = codebook.questions.find((q) => q.id === graphic.subject)!;
  const stat = national.questions[question.id];
  return {
    title: stat ? questionHeadline(question, stat, lang) : question.short[lang],
    subtitle: question.label[lang],
  };
}
