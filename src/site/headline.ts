// Chart and map titles as findings: «Майже 9 з 10 громад бракує фінансування», or, when
// the top answers' intervals overlap, a plain statement of the tie. The wording lives in
// the codebook (each question's `headline`, each option's `phrase`) and the catalogue;
// the numbers and the leading group come from the published set (`top`, `leaders`), so
// a new export changes the titles with the data. No statistics are computed here.
import type { Codebook, Lang, MetricDefinition, Question, QuestionStat } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { approxFraction } from '../text/fraction.ts';
import { joinAnd, joinOr } from '../text/conjunction.ts';
import { countNoun, formatValue } from '../text/format.ts';
import { inSentence, leaderFinding } from './findings.ts';

/** How many tied answers a title names before "and N more". */
const MAX_TIED = 3;
/** The count a tie's verb forms agree with: the plural of several communities. */
const MANY = 5;

interface ShareWords {
  /** "майже 9 з 10", "1 з 5", "12 %" */
  text: string;
  /** the number the following noun and verb agree with ("9" in "9 з 10") */
  count: number;
}

/**
 * A share (0..1) as a headline says it: "майже 9 з 10" / "almost 9 in 10"; a percentage for 0
 * and 1. With its interval `ci`, "almost" and "over" are said only when the interval leaves
 * the fraction out: 52 % (45–59 %) is "1 in 2", never "over 1 in 2" — a majority the data do
 * not show (the bar chart beside it calls yes and no too close to call).
 */
export function shareWords(share: number, lang: Lang, ci?: readonly [number, number] | null): ShareWords {
  const h = t(lang).site.headline;
  const f = approxFraction(share);
  if (f === null) return { text: formatValue(share, 'percent', lang), count: Math.round(share * 100) };
  const fraction = f.k / f.d;
  const shown = ci !== undefined && ci !== null && ci[0] <= fraction && fraction <= ci[1] ? 'about' : f.relation;
  const qualifier = shown === 'almost' ? `${h.almost} ` : shown === 'over' ? `${h.over} ` : '';
  return { text: qualifier + h.fraction(f.k, f.d), count: f.k };
}

/** Resolves verb forms in braces, "{має|мають|мають}", to the one that agrees with `count`. */
function agree(text: string, count: number, lang: Lang): string {
  return text.replace(/\{([^{}]*\|[^{}]*)\}/g, (_, forms: string) => countNoun(count, forms, lang));
}

/** Upper-cases a title's first letter. */
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Puts `values` into a template's {share}, {option} and {options}. */
function fill(template: string, values: Partial<Record<'share' | 'option' | 'options', string>>): string {
  return template.replace(/\{(share|option|options)\}/g, (m, key: keyof typeof values) => values[key] ?? m);
}

/** An option as its question's headline says it: its phrase, else its label in lower case. */
function optionPhrase(question: Question, code: string, lang: Lang): string {
  const o = question.options.find((x) => x.code === code);
  return o?.phrase?.[lang] ?? inSentence(o?.label[lang] ?? code);
}

/** The title of one answer held by `share` of communities: «Майже 9 з 10 громад бракує фінансування». */
export function oneAnswerHeadline(
  question: Question,
  code: string,
  share: number,
  lang: Lang,
  ci?: readonly [number, number] | null,
): string {
  const words = shareWords(share, lang, ci);
  const template = question.headline?.one[lang] ?? t(lang).site.headline.one;
  const text = fill(template, { share: words.text, option: optionPhrase(question, code, lang) });
  return capitalise(agree(text, words.count, lang));
}

/**
 * A question's title from its leading group (`stat.top`): one answer → its share in words;
 * several → they are named with their shares and the title says they cannot be told apart;
 * no answers → the question's short label.
 */
export function questionHeadline(question: Question, stat: QuestionStat, lang: Lang): string {
  const top = stat.top ?? [];
  const first = top[0];
  if (first === undefined) return question.short[lang];
  if (top.length === 1) {
    const o = stat.options[first];
    return oneAnswerHeadline(question, first, o?.share ?? 0, lang, o?.ci);
  }
  const named = top.slice(0, MAX_TIED).map((code) => {
    const share = stat.options[code]?.share;
    const phrase = optionPhrase(question, code, lang);
    return share === null || share === undefined ? phrase : `${phrase} (${formatValue(share, 'percent', lang)})`;
  });
  const more = top.length - named.length;
  const join = question.headline?.join === 'or' ? joinOr : joinAnd;
  const list = more > 0 ? `${named.join(', ')} ${t(lang).site.findings.more(more)}` : join(named, lang);
  const template = question.headline?.tie[lang] ?? t(lang).site.headline.tie;
  return capitalise(agree(fill(template, { options: list }), MANY, lang));
}

/** The index map's and ranking's title: the leader, or how many oblasts could be first. */
export function leaderHeadline(data: Pick<SiteData, 'national' | 'oblasts' | 'registry'>, lang: Lang): string {
  const h = t(lang).site.headline;
  const f = leaderFinding(data.national, data.oblasts, data.registry, lang);
  if (f.leaders.length === 0) return h.noLeader;
  if (f.single) return h.leaderOne(f.names);
  const count = f.leaders.length;
  const noun = countNoun(count, t(lang).site.findings.oblastNoun, lang);
  return h.leaderGroup(`${formatValue(count, 'integer', lang)}\u00a0${noun}`);
}

function question(codebook: Codebook, id: string | undefined): Question | undefined {
  return id === undefined ? undefined : codebook.questions.find((q) => q.id === id);
}

/** A map's title from its metric's national value; the metric's label when there is nothing to say. */
export function metricHeadline(
  data: Pick<SiteData, 'codebook' | 'national' | 'oblasts' | 'registry'>,
  metric: MetricDefinition,
  lang: Lang,
): string {
  const h = t(lang).site.headline;
  const mv = data.national.metrics[metric.id];
  const value = mv?.value;
  const q = question(data.codebook, metric.question);
  if (metric.kind === 'index') return leaderHeadline(data, lang);
  if (metric.kind === 'mode' && q) {
    const stat = data.national.questions[q.id];
    return stat ? questionHeadline(q, stat, lang) : metric.label[lang];
  }
  if (typeof value !== 'number') return metric.label[lang];
  if (metric.kind === 'coverage') {
    const words = shareWords(value, lang, mv?.ci);
    return capitalise(agree(fill(h.coverage, { share: words.text }), words.count, lang));
  }
  const code = metric.codes?.length === 1 ? metric.codes[0] : undefined;
  if (metric.kind === 'share' && q && code !== undefined) return oneAnswerHeadline(q, code, value, lang, mv?.ci);
  return h.metric(
    metric.label[lang],
    formatValue(value, metric.format === 'category' ? 'integer' : metric.format, lang),
  );
}
