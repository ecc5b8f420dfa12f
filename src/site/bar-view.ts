// What a page's <BarChart> shows for one question, decided before any markup: the
// chart's SVG, its caption and source line, and the table of the same numbers.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { formatInterval, formatValue } from '../text/format.ts';
import { findQuestion, questionRows, rowsToBars } from './present.ts';
import { renderBarChart } from './chart/bar.ts';
import { questionHeadline } from './headline.ts';

export interface BarChartOptions {
  question: string;
  sort: 'share' | 'codebook';
  title?: string;
  /** a file name for error messages when used outside MDX */
  source?: string;
}

interface BarTableRow {
  label: string;
  share: string;
  count: string;
  interval: string;
}

export interface BarChartView {
  id: string;
  heading: string;
  /** The neutral label: the question's wording and how many answered it. */
  subtitle: string;
  svg: string;
  /** Data source, "illustrative data" when it applies; followed by `ciNote` (with the several-answers note for a multi-choice question). */
  source: string;
  ciNote: string;
  table: {
    /** The disclosure's text while the table is folded, and while it is open. */
    toggle: { show: string; hide: string };
    headings: [answer: string, share: string, count: string, interval: string];
    rows: BarTableRow[];
  };
}

const DASH = '—';

/** The bar chart of `options.question` in `lang`; throws on an unknown question, naming `options.source`. */
export function barChartView(data: SiteData, options: BarChartOptions, lang: Lang): BarChartView {
  const { national, codebook, dataset } = data;
  const s = t(lang).site;
  const question = findQuestion(codebook, options.question, options.source ?? 'BarChart');
  const stat = national.questions[options.question]!;
  const rows = questionRows(question, stat, lang, options.sort);
  const heading = options.title ?? questionHeadline(question, stat, lang);
  const share = (x: number | null) => (x === null ? DASH : formatValue(x, 'percent', lang));
  const id = `bar-${options.question}`;
  // the figure is named by its caption (the heading): the chart's own name is what it shows
  const svg = renderBarChart(rowsToBars(rows, lang), {
    label: `${rows
      .slice(0, 3)
      .map((r) => `${r.label} ${share(r.share)}`)
      .join('; ')}${rows.length > 3 ? '…' : ''}`,
  });
  const answered = `${s.answeredBy}: ${formatValue(stat.answered, 'integer', lang)} ${s.of} ${formatValue(national.respondents, 'integer', lang)}`;
  return {
    id,
    heading,
    subtitle: `${question.label[lang]} (${answered})`,
    svg,
    source: dataset.source[lang] + (dataset.illustrative ? ` — ${s.illustrativeTitle.toLowerCase()}` : ''),
    ciNote: question.type === 'multi' ? `${s.ciNote} ${s.multiNote}` : s.ciNote,
    table: {
      toggle: { show: s.showTable, hide: s.hideTable },
      headings: [s.answer, s.share, s.count, s.interval],
      rows: rows.map((r) => ({
        label: r.label,
        share: share(r.share),
        count: formatValue(r.count, 'integer', lang),
        interval: r.ci ? formatInterval(r.ci, 'percent', lang) : DASH,
      })),
    },
  };
}
