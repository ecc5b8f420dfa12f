// What a <KeyFigure> shows, decided from the data: the figure, its caption, its
// uncertainty and base, and the words it reads as inside a sentence.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { findMetric, findQuestion, keyFigure, keyFigureCount, unitShort } from './present.ts';
import {
  inSentence,
  leaderFinding,
  listNames,
  metricDetail,
  nText,
  questionFindingCaption,
  shareWithInterval,
  topOptionFinding,
} from './findings.ts';
import { countNoun } from '../text/format.ts';
import { profileHref } from './profile-paths.ts';
import { extraKeyFigures } from './national-facts.ts';
import { t, type Catalogue } from '../i18n/index.ts';

export interface KeyFigureOptions {
  /** a codebook metric or a national fact (extraKeyFigures); or use `question` */
  metric?: string;
  /** a codebook question: its top option(s) with share, 95 % interval and n */
  question?: string;
  /** inline shares: follow the share with its 95 % interval, "21 % (17–25 %)" */
  interval?: boolean;
  label?: string;
  /** inline counts only: the noun forms that follow the number ("громада|громади|громад") */
  noun?: string;
}

export interface KeyFigureView {
  id: string;
  value: string;
  /** the figure's uncertainty and base: "95 % інтервал 17–25 % · n = 423" */
  detail: string | null;
  /** a group that cannot be told apart: "статистично не розрізняються" */
  note: string | null;
  caption: string;
  inlineText: string;
  /** the noun after an inline count, in the form that agrees with it; else null */
  nounText: string | null;
  /** the value is words (names, answers), not a number */
  words: boolean;
  /** oblasts the figure names, linked to their profiles (the leading group); [] otherwise */
  profiles: { name: string; href: string }[];
}

type Shown = Omit<KeyFigureView, 'nounText' | 'profiles'> & {
  count: number | null;
  profiles?: KeyFigureView['profiles'];
};

/** Captions of the national facts that are not codebook metrics; counted ones as noun forms. */
const extraCaptions = (s: Catalogue['site']): Record<(typeof extraKeyFigures)[number], string | readonly string[]> => ({
  oblasts_covered: s.oblastsCovered,
  oblasts_ranked: s.oblastsRanked,
  leader: s.leadingOblast,
  min_respondents: s.minRespondents,
  communities_total: s.communitiesTotal,
});

function forQuestion(data: SiteData, id: string, o: KeyFigureOptions, lang: Lang): Shown {
  const q = findQuestion(data.codebook, id, '<KeyFigure>');
  const stat = data.national.questions[id]!;
  const f = topOptionFinding(q, stat, lang);
  const labels = (stat.top ?? []).map((code) => q.options.find((opt) => opt.code === code)?.label[lang] ?? code);
  return {
    id: `top:${id}`,
    // one capital, at the start: «Партнери, кращі практики й нормативна база»
    value:
      labels.length === 0
        ? '—'
        : listNames(
            labels.map((l, i) => (i === 0 ? l : inSentence(l))),
            lang,
          ),
    detail:
      f.items.length === 0
        ? null
        : `${f.items.map((i) => shareWithInterval(i.share, i.ci, lang)).join(' / ')} · ${nText(f.n, lang)}`,
    note: f.single || f.items.length === 0 ? null : t(lang).site.tiedNote,
    caption: o.label ?? questionFindingCaption(q, lang),
    inlineText: f.text,
    count: null,
    words: true,
  };
}

function forMetric(data: SiteData, id: string, o: KeyFigureOptions, lang: Lang): Shown {
  const { national, oblasts, codebook, registry } = data;
  const count = keyFigureCount(id, national, codebook);
  if (o.noun !== undefined && count === null) {
    throw new Error(
      `<KeyFigure metric="${id}" noun="${o.noun}">: noun= fits only a figure that counts (respondents, oblasts_covered, oblasts_ranked, min_respondents, communities_total); for a share write the word after the figure in the text`,
    );
  }
  if (id === 'leader') {
    const f = leaderFinding(national, oblasts, registry, lang);
    return {
      id,
      value: f.names,
      detail: null,
      note: f.single || f.leaders.length === 0 ? null : t(lang).site.tiedNote,
      caption: o.label ?? (f.single || f.leaders.length === 0 ? t(lang).site.leadingOblast : t(lang).site.leadingGroup),
      inlineText: f.text,
      count: null,
      words: true,
      profiles: f.leaders.map((iso) => {
        const u = registry.find((r) => r.iso === iso);
        return { name: u ? unitShort(u, lang) : iso, href: profileHref(iso, lang) };
      }),
    };
  }
  const isExtra = (extraKeyFigures as readonly string[]).includes(id);
  const value = keyFigure(id, national, oblasts, codebook, lang);
  const def = isExtra ? null : findMetric(codebook, id, '<KeyFigure>');
  const mv = national.metrics[id];
  const isShare = def?.kind === 'share';
  // Counted captions agree with the count.
  const caption =
    o.label ??
    (def
      ? def.label[lang]
      : countNoun(count ?? 0, extraCaptions(t(lang).site)[id as (typeof extraKeyFigures)[number]], lang));
  return {
    id,
    value,
    detail: isShare ? metricDetail(mv, lang, t(lang).site.ciShort) : null,
    note: null,
    caption,
    inlineText: o.interval && isShare ? shareWithInterval(mv?.value as number | null, mv?.ci ?? null, lang) : value,
    count,
    words: !/\d/.test(value),
  };
}

/**
 * The key figure for `options.metric` or `options.question` (exactly one) in `lang`.
 * Throws when both or neither are given, on an unknown id, or on `noun` for a figure that does not count.
 */
export function keyFigureView(data: SiteData, options: KeyFigureOptions, lang: Lang): KeyFigureView {
  const { metric, question, noun } = options;
  if ((metric === undefined) === (question === undefined)) {
    throw new Error('<KeyFigure>: give either metric="…" or question="…" (one of them)');
  }
  const {
    count,
    profiles = [],
    ...shown
  } = question !== undefined ? forQuestion(data, question, options, lang) : forMetric(data, metric!, options, lang);
  return { ...shown, profiles, nounText: noun === undefined || count === null ? null : countNoun(count, noun, lang) };
}
