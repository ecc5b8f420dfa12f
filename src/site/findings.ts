// The report's findings in words: the leading oblast(s), the top option(s) of a question,
// a share with its interval and n. Every number comes from the pipeline's JSON; this
// module only chooses and words them (no statistics are computed here).
import { countNoun, formatInterval, formatValue } from '../text/format.ts';
import { t } from '../i18n/index.ts';
import { joinAnd } from '../text/conjunction.ts';
import { unitName, unitShort } from './present.ts';
import type {
  Lang,
  MetricValue,
  NationalAggregate,
  OblastAggregate,
  Question,
  QuestionStat,
} from '../contract/types.ts';

/** How many names a finding lists before "and N more". */
const MAX_NAMED = 3;

/** "A", "A і B", "Волинська й Чернівецька", "A, B, C та ще 4" (the «і/й» by src/text/conjunction.ts) */
export function listNames(names: readonly string[], lang: Lang, max = MAX_NAMED): string {
  if (names.length <= max) return joinAnd(names, lang);
  return `${names.slice(0, max).join(', ')} ${t(lang).site.findings.more(names.length - max)}`;
}

/** Lower-cases a label's first letter inside a sentence, unless it is an abbreviation ("CDTO"). */
export function inSentence(label: string): string {
  const [a, b] = [label[0], label[1]];
  return a && b && b === b.toLowerCase() && a !== a.toLowerCase() ? a.toLowerCase() + label.slice(1) : label;
}

export interface LeaderFinding {
  /** ISO codes of the leading group, highest index first */
  leaders: string[];
  single: boolean;
  /** "Львівська область", or "Львівська, Волинська, Чернівецька та ще 10 областей" */
  names: string;
  /** the names as a sentence reads them (the tie is said once, by the title above) */
  text: string;
}

/** The leader when one clears the rest (full name), else the leading group (short names). */
export function leaderFinding(
  national: NationalAggregate,
  oblasts: readonly OblastAggregate[],
  registry: readonly { iso: string; short_uk: string; short_en: string }[],
  lang: Lang,
): LeaderFinding {
  const leaders = national.leaders ?? (national.leader ? [national.leader] : []);
  const w = t(lang).site.findings;
  if (leaders.length === 0) return { leaders, single: false, names: '—', text: '—' };
  if (leaders.length === 1) {
    const o = oblasts.find((x) => x.iso === leaders[0]);
    const name = o ? unitName(o, lang) : leaders[0]!;
    return { leaders, single: true, names: name, text: name };
  }
  const short = leaders.map((iso) => {
    const u = registry.find((r) => r.iso === iso);
    return u ? unitShort(u, lang) : iso;
  });
  const rest = leaders.length - MAX_NAMED;
  const names =
    rest > 0
      ? `${listNames(short, lang)} ${countNoun(rest, w.oblastNoun, lang)}`
      : `${listNames(short, lang)} ${countNoun(leaders.length, w.oblastNoun, lang)}`;
  return { leaders, single: false, names, text: names };
}

/** "21 % (17–25 %)" — a share and its interval; "—" without a value. */
export function shareWithInterval(share: number | null | undefined, ci: [number, number] | null, lang: Lang): string {
  if (share === null || share === undefined) return '—';
  const value = formatValue(share, 'percent', lang);
  return ci ? `${value} (${formatInterval(ci, 'percent', lang)})` : value;
}

/** "n = 423" */
export function nText(n: number, lang: Lang): string {
  return `${t(lang).site.findings.n}\u00a0=\u00a0${formatValue(n, 'integer', lang)}`;
}

interface TopOptionItem {
  code: string;
  label: string;
  share: number | null;
  ci: [number, number] | null;
  /** "фінансування — 89 % (86–92 %)" */
  text: string;
}
export interface TopOptionFinding {
  items: TopOptionItem[];
  /** leading options beyond those listed */
  more: number;
  single: boolean;
  n: number;
  /** the items joined ("a — 48 % (44–53 %) й b — 42 % (37–47 %)"); "—" when nobody answered */
  text: string;
}

/** The top option(s) of a question from its stat's `top` (the leading group the pipeline found). */
export function topOptionFinding(
  question: Question,
  stat: QuestionStat,
  lang: Lang,
  max = MAX_NAMED,
): TopOptionFinding {
  const top = stat.top ?? [];
  const items = top.slice(0, max).map((code) => {
    const s = stat.options[code];
    const label = question.options.find((o) => o.code === code)?.label[lang] ?? code;
    const share = s?.share ?? null;
    const ci = s?.ci ?? null;
    return { code, label, share, ci, text: `${inSentence(label)} — ${shareWithInterval(share, ci, lang)}` };
  });
  const more = Math.max(0, top.length - max);
  const w = t(lang).site.findings;
  const text =
    items.length === 0
      ? '—'
      : more > 0
        ? `${items.map((i) => i.text).join('; ')} ${w.more(more)}`
        : joinAnd(
            items.map((i) => i.text),
            lang,
          );
  return { items, more, single: top.length === 1, n: stat.answered, text };
}

/** The codebook question, with the finding's caption ("найчастіше бракує"), for a card. */
export function questionFindingCaption(question: Question, lang: Lang): string {
  return question.finding?.[lang] ?? question.short[lang];
}

/** A share metric's detail line for a card: "95 % інтервал 17–25 % · n = 423". */
export function metricDetail(mv: MetricValue | undefined, lang: Lang, ciLabel: string): string | null {
  if (!mv || mv.value === null) return null;
  const parts = [];
  if (mv.ci && typeof mv.value === 'number') parts.push(`${ciLabel} ${formatInterval(mv.ci, 'percent', lang)}`);
  parts.push(nText(mv.n, lang));
  return parts.join(' · ');
}
