// The top of the report: the survey's questions answered in words, each with its figure,
// before anything about the sample. The words are the graphics' titles (src/site/headline.ts),
// so the top of the page and the charts below say the same thing from the same data.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { findMetric, findQuestion } from './present.ts';
import { leaderHeadline, metricHeadline, questionHeadline } from './headline.ts';
import { leaderFinding, nText, shareWithInterval } from './findings.ts';
import { countNoun, formatInterval, formatValue } from '../text/format.ts';
import { t } from '../i18n/index.ts';

/** One answer at the top: which report section asks the question, and what answers it. */
export type AnswerSource = { section: string } & ({ metric: string } | { question: string });

/** The survey's four questions and the figures that answer them, as the report and the press page give them. */
export const reportAnswers: readonly AnswerSource[] = [
  { section: 'strategy', metric: 'strategy_adopted' },
  { section: 'smartest', metric: 'smart_readiness_index' },
  { section: 'needs', question: 'needs' },
  { section: 'priorities', question: 'priority_areas' },
];

export interface AnswerView {
  /** the report section's anchor */
  section: string;
  /** the question as the section's title asks it */
  question: string;
  /** the answer in words: «Майже 9 з 10 громад бракує фінансування» */
  finding: string;
  /** the figure behind it: "89 % (86–92 %)", or the names of a leading group */
  figure: string;
  /** its base: "n = 394", or what the names are */
  detail: string | null;
}

function forMetric(data: SiteData, id: string, lang: Lang): Omit<AnswerView, 'section' | 'question'> {
  const metric = findMetric(data.codebook, id, 'answers');
  const mv = data.national.metrics[id];
  if (metric.kind === 'index') {
    const f = leaderFinding(data.national, data.oblasts, data.registry, lang);
    const national = typeof mv?.value === 'number' ? formatValue(mv.value, 'score', lang) : null;
    const ci = mv?.ci ? ` (${formatInterval(mv.ci, 'score', lang)})` : '';
    return {
      finding: leaderHeadline(data, lang),
      figure: f.names,
      detail:
        national === null ? null : `${t(lang).site.map.national}: ${t(lang).site.answers.indexOf100(national)}${ci}`,
    };
  }
  const value = typeof mv?.value === 'number' ? mv.value : null;
  return {
    finding: metricHeadline(data, metric, lang),
    figure: metric.format === 'percent' ? shareWithInterval(value, mv?.ci ?? null, lang) : (value?.toString() ?? '—'),
    detail: mv ? nText(mv.n, lang) : null,
  };
}

function forQuestion(data: SiteData, id: string, lang: Lang): Omit<AnswerView, 'section' | 'question'> {
  const question = findQuestion(data.codebook, id, 'answers');
  const stat = data.national.questions[id]!;
  const top = stat.top ?? [];
  return {
    finding: questionHeadline(question, stat, lang),
    figure:
      top.length === 0
        ? '—'
        : top
            .slice(0, 3)
            .map((code) => shareWithInterval(stat.options[code]?.share, stat.options[code]?.ci ?? null, lang))
            .join(' · '),
    detail: nText(stat.answered, lang),
  };
}

/**
 * The answers for `sources` in order, with each section's title from `titles` (section anchor →
 * title). Throws on an unknown metric or question, or a section without a title.
 */
export function answersView(
  data: SiteData,
  sources: readonly AnswerSource[],
  titles: ReadonlyMap<string, string>,
  lang: Lang,
): AnswerView[] {
  return sources.map((s) => {
    const question = titles.get(s.section);
    if (question === undefined) throw new Error(`answers: no report section "${s.section}"`);
    const answer = 'metric' in s ? forMetric(data, s.metric, lang) : forQuestion(data, s.question, lang);
    return { section: s.section, question, ...answer };
  });
}

export interface QuotableSentence {
  text: string;
  /** where its figures are in the published national.json: "metrics.need_funding", "questions.needs" */
  source: string;
}

/**
 * Three to five sentences a journalist can quote, each with its figures and where they come
 * from: who answered, then the answer to each of `sources` (as at the top of the report).
 */
export function quotableSummary(data: SiteData, sources: readonly AnswerSource[], lang: Lang): QuotableSentence[] {
  const c = t(lang).site.contact;
  const { national } = data;
  const coverage = national.metrics['coverage']?.value;
  const sample: QuotableSentence = {
    text: c.summarySample(
      `${formatValue(national.respondents, 'integer', lang)}\u00a0${countNoun(national.respondents, t(lang).site.communityForms, lang)}`,
      `${formatValue(national.oblasts_covered, 'integer', lang)}\u00a0${countNoun(national.oblasts_covered, c.regionsOf, lang)}`,
      typeof coverage === 'number' ? formatValue(coverage, 'percent', lang) : '—',
    ),
    source: 'respondents, oblasts_covered, metrics.coverage',
  };
  const answers = sources.map((s): QuotableSentence => {
    const a = 'metric' in s ? forMetric(data, s.metric, lang) : forQuestion(data, s.question, lang);
    // a tie's title already names each answer with its share
    // one level of brackets: "20 %, 95 % інтервал 17–24 %", not "20 % (17–24 %)" inside brackets
    const figure = a.figure.replace(/ \(([^()]*)\)/g, `, ${t(lang).site.ciShort} $1`);
    const figures = /\d\s?%/.test(a.finding) ? '' : ` (${figure})`;
    return {
      text: `${a.finding}${figures}.`,
      source: 'metric' in s ? `metrics.${s.metric}` : `questions.${s.question}`,
    };
  });
  return [sample, ...answers];
}
