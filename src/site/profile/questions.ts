// Every question of an oblast beside the rest of the country: both shares with intervals
// and the difference with its Newcombe interval, all as published by the ingest
// (OblastAggregate.rest); a mark only where that interval excludes zero.
import type { Codebook, Lang, OblastAggregate } from '../../contract/types.ts';
import { t } from '../../i18n/index.ts';
import { formatInterval, formatNumber, formatValue } from '../../text/format.ts';
import { questionRows } from '../present.ts';

interface ComparisonRow {
  code: string;
  label: string;
  shareText: string;
  ciText: string;
  restShareText: string;
  restCiText: string;
  /** "+12" percentage points, signed */
  diffText: string;
  diffCiText: string;
  compare: 'higher' | 'lower' | 'unclear';
  /** "▲" / "▼" / '' */
  mark: string;
  /** What the mark says, for screen readers and the title; '' when unclear. */
  markText: string;
}

export interface QuestionComparison {
  id: string;
  title: string;
  /** "Answered: the oblast 30, the rest of the country 393." */
  answeredText: string;
  multi: boolean;
  rows: ComparisonRow[];
}

const DASH = '—';

function signed(x: number, lang: Lang): string {
  const text = formatNumber(Math.abs(x), lang, 0);
  if (text === '0') return text;
  return (x > 0 ? '+' : '−') + text;
}

/**
 * A difference's interval in percentage points, whole unless a bound would round to 0 while
 * the interval excludes 0 (a ▲ beside «0–57» reads as a contradiction): then to one decimal.
 */
export function differenceInterval([lo, hi]: [number, number], lang: Lang): string {
  const [a, b] = [lo * 100, hi * 100];
  const clear = a > 0 || b < 0;
  const digits = clear && (Math.round(a) === 0 || Math.round(b) === 0) ? 1 : 0;
  return formatInterval([a, b], 'score', lang, digits);
}

/** The comparisons of every codebook question, codebook order; [] unless the oblast has figures. */
export function questionComparisons(codebook: Codebook, oblast: OblastAggregate, lang: Lang): QuestionComparison[] {
  if (oblast.status !== 'ok') return [];
  const s = t(lang).site.profile;
  return codebook.questions.flatMap((q) => {
    const own = oblast.questions[q.id];
    const rest = oblast.rest[q.id];
    if (!own || !rest || own.answered === 0) return [];
    const rows = questionRows(q, own, lang, q.type === 'multi' ? 'share' : 'codebook').map((r): ComparisonRow => {
      const o = rest.options[r.code];
      const diff = r.share !== null && o?.share != null ? r.share - o.share : null;
      const compare = o?.compare ?? 'unclear';
      return {
        code: r.code,
        label: r.label,
        shareText: r.share === null ? DASH : formatValue(r.share, 'percent', lang),
        ciText: r.ci ? formatInterval(r.ci, 'percent', lang) : DASH,
        restShareText: o?.share == null ? DASH : formatValue(o.share, 'percent', lang),
        restCiText: o?.ci ? formatInterval(o.ci, 'percent', lang) : DASH,
        diffText: diff === null ? DASH : signed(diff * 100, lang),
        diffCiText: o?.difference ? differenceInterval(o.difference, lang) : DASH,
        compare,
        mark: compare === 'higher' ? '▲' : compare === 'lower' ? '▼' : '',
        markText: compare === 'higher' ? s.higher : compare === 'lower' ? s.lower : '',
      };
    });
    return [
      {
        id: q.id,
        title: q.label[lang],
        answeredText: s.answeredN(
          formatValue(own.answered, 'integer', lang),
          formatValue(rest.answered, 'integer', lang),
        ),
        multi: q.type === 'multi',
        rows,
      },
    ];
  });
}
