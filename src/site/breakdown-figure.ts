// What a <Breakdown> shows around its table: heading, source line, the note on communities
// that fit no group, and the inline sentence; the table itself is breakdown-view.ts's.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { countNoun, formatValue } from '../text/format.ts';
import { breakdownSentence, breakdownView, type BreakdownView } from './breakdown-view.ts';
import { breakdownFinding } from './breakdown-finding.ts';
import { renderBreakdownChart } from './chart/breakdown.ts';

export interface BreakdownOptions {
  /** a codebook breakdown id: community_type, population_class */
  by: string;
  question: string;
  sort?: 'share' | 'codebook';
  /** comma-separated option codes to show, in this order (default: all) */
  options?: string;
  /** inline: one option (`option=`) across the groups, inside a sentence */
  inline?: boolean;
  option?: string;
  title?: string;
}

export interface BreakdownFigure {
  id: string;
  view: BreakdownView;
  /** the finding in words (or the editor's title) */
  heading: string;
  /** the neutral label under it: «Смарт-стратегія: розмір громади (населення)» */
  label: string;
  /** the inline sentence, '' for a figure */
  sentence: string;
  answerHeading: string;
  /** data source, "illustrative data" when it applies */
  source: string;
  note: string;
  /** how many communities fit no group, '' when none */
  unclassified: string;
  /** the dot chart (chart/breakdown.ts) as SVG markup, '' for an inline sentence */
  chart: string;
  /** the texts of the table's disclosure */
  toggle: { show: string; hide: string };
}

/** The breakdown of `o.question` by `o.by` in `lang`. Throws on unknown ids, or `inline` without `option`. */
export function breakdownFigure(data: SiteData, o: BreakdownOptions, lang: Lang): BreakdownFigure {
  const { national, codebook, dataset } = data;
  const s = t(lang).site;
  const codes = o.options
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const view = breakdownView(codebook, national, o.by, o.question, lang, {
    sort: o.sort,
    codes,
    where: `<Breakdown by="${o.by}">`,
  });
  if (o.inline && o.option === undefined)
    throw new Error(`<Breakdown by="${o.by}" question="${o.question}" inline>: inline needs option="…"`);
  const heading = o.title ?? breakdownFinding(view, lang);
  // no chart for a sentence, nor an empty one when no group has shares to show (the title says so)
  const chart =
    o.inline || view.rows.every((r) => r.cells.every((c) => c.share === null))
      ? ''
      : renderBreakdownChart(
          view.rows.map((r) => ({
            label: r.label,
            marks: r.cells.map((c) => (c.share === null ? null : { share: c.share, ci: c.ci })),
          })),
          {
            label: heading,
            groups: view.columns.length,
            ticks: [0, 0.5, 1].map((v) => formatValue(v, 'percent', lang)) as [string, string, string],
          },
        );
  return {
    id: `breakdown-${o.by}-${o.question}`,
    view,
    heading,
    label: `${view.question.short[lang]}: ${view.definition.label[lang].toLowerCase()}`,
    sentence: o.inline ? breakdownSentence(view, o.option!, lang) : '',
    answerHeading: s.answer,
    source: dataset.source[lang] + (dataset.illustrative ? ` — ${s.illustrativeTitle.toLowerCase()}` : ''),
    note: s.breakdownNote,
    unclassified:
      view.unclassified > 0
        ? s.unclassified(
            formatValue(view.unclassified, 'integer', lang),
            countNoun(view.unclassified, s.communityAccusativeForms, lang),
          )
        : '',
    chart,
    toggle: { show: s.showTable, hide: s.hideTable },
  };
}
