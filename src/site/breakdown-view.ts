// A breakdown (codebook.breakdowns) as a component shows it: groups with their n and
// status, and per option each group's share and interval. No statistics computed here.
import { t } from '../i18n/index.ts';
import type {
  BreakdownDefinition,
  Codebook,
  Interval,
  Lang,
  NationalAggregate,
  Question,
  UnitStatus,
} from '../contract/types.ts';
import { formatInterval, formatValue, glueNumbers } from '../text/format.ts';
import { findQuestion } from './present.ts';
import { nText, shareWithInterval } from './findings.ts';

function findBreakdown(codebook: Codebook, id: string, where = ''): BreakdownDefinition {
  const def = (codebook.breakdowns ?? []).find((b) => b.id === id);
  if (!def) {
    const valid = (codebook.breakdowns ?? []).map((b) => b.id).join(', ');
    throw new Error(`${where ? where + ': ' : ''}unknown breakdown "${id}"; valid ids: ${valid}`);
  }
  return def;
}

interface BreakdownColumn {
  id: string;
  label: string;
  short: string;
  respondents: number;
  status: UnitStatus;
  /** "n = 356", or "замало даних (n = 2)" */
  nText: string;
  /** the label a phone's card shows beside each share (an attribute, so glued here: «10 000–49 999» stays whole) */
  cardLabel: string;
}
interface BreakdownCell {
  share: number | null;
  ci: Interval | null;
  /** "48 % (44–53 %)", or "—" for a group whose shares are withheld */
  text: string;
  /** the share and the interval apart, for a two-line cell */
  shareText: string;
  ciText: string;
}
interface BreakdownRow {
  code: string;
  label: string;
  cells: BreakdownCell[];
}
export interface BreakdownView {
  definition: BreakdownDefinition;
  question: Question;
  columns: BreakdownColumn[];
  rows: BreakdownRow[];
  unclassified: number;
}

/**
 * Groups in codebook order; options by national share (largest first) or codebook order.
 * Groups below the respondent threshold keep their n but show no shares, as oblasts do.
 */
export function breakdownView(
  codebook: Codebook,
  national: NationalAggregate,
  by: string,
  questionId: string,
  lang: Lang,
  options: { sort?: 'share' | 'codebook'; codes?: string[]; where?: string } = {},
): BreakdownView {
  const where = options.where ?? 'Breakdown';
  const definition = findBreakdown(codebook, by, where);
  const question = findQuestion(codebook, questionId, where);
  const data = national.breakdowns?.[by];
  const columns = definition.groups.map((g) => {
    const agg = data?.groups[g.id];
    const respondents = agg?.respondents ?? 0;
    const status: UnitStatus = agg?.status ?? 'no_data';
    const n = nText(respondents, lang);
    const shown =
      status === 'ok'
        ? n
        : status === 'no_data'
          ? t(lang).site.breakdown.noAnswers
          : `${t(lang).site.breakdown.insufficient} (${n})`;
    return {
      id: g.id,
      cardLabel: glueNumbers(`${g.label[lang]}, ${shown}`),
      label: g.label[lang],
      short: g.short[lang],
      respondents,
      status,
      nText: shown,
    };
  });
  let opts = question.options;
  if (options.codes && options.codes.length) {
    const unknown = options.codes.filter((c) => !opts.some((o) => o.code === c));
    if (unknown.length) {
      throw new Error(
        `${where}: question "${questionId}" has no option "${unknown.join('", "')}"; valid: ${opts.map((o) => o.code).join(', ')}`,
      );
    }
    opts = options.codes.map((c) => opts.find((o) => o.code === c)!);
  } else {
    // An answer nobody gave (an «Інше 0 %» row) says nothing in any group; an editor who names
    // the options with `options=` still gets exactly those.
    const stat = national.questions[questionId];
    if (stat !== undefined) opts = opts.filter((o) => (stat.options[o.code]?.count ?? 0) > 0);
    if ((options.sort ?? 'share') === 'share') {
      const share = (code: string) => stat?.options[code]?.share ?? -1;
      opts = [...opts].sort((a, b) => share(b.code) - share(a.code));
    }
  }
  const rows = opts.map((o) => ({
    code: o.code,
    label: o.label[lang],
    cells: columns.map((c) => {
      const s = data?.groups[c.id]?.questions[questionId]?.options[o.code];
      const shown = c.status === 'ok' && s !== undefined && s.share !== null;
      return shown
        ? {
            share: s.share,
            ci: s.ci,
            text: shareWithInterval(s.share, s.ci, lang),
            shareText: formatValue(s.share!, 'percent', lang),
            ciText: s.ci ? formatInterval(s.ci, 'percent', lang) : '',
          }
        : { share: null, ci: null, text: '—', shareText: '—', ciText: '' };
    }),
  }));
  return { definition, question, columns, rows, unclassified: data?.unclassified ?? 0 };
}

/**
 * One option across the groups, for a sentence: "малі — 10 % (2–40 %), великі — 34 % (21–49 %)",
 * then whether the first and last shown groups' intervals overlap (a difference not
 * established) or not (a difference beyond chance at this confidence level).
 */
export function breakdownSentence(view: BreakdownView, code: string, lang: Lang): string {
  const row = view.rows.find((r) => r.code === code);
  if (!row) throw new Error(`Breakdown: no option "${code}" in question "${view.question.id}"`);
  const parts = view.columns.map((c, i) =>
    c.status === 'ok' ? `${c.short} — ${row.cells[i]!.text}` : `${c.short} — ${c.nText}`,
  );
  const shown = row.cells.filter((c) => c.ci !== null);
  let verdict = '';
  if (shown.length >= 2) {
    const overlaps = shown.some((a) => shown.some((b) => a !== b && a.ci![1] < b.ci![0]));
    verdict = overlaps ? t(lang).site.breakdown.groupsDiffer : t(lang).site.breakdown.groupsOverlap;
  }
  return parts.join(', ') + verdict;
}
