// The finding a breakdown figure leads with, in words: the answer whose groups differ most
// clearly, or a plain statement that the groups show no clear difference. Reads the view's
// shares and intervals; computes no statistics.
import type { Lang } from '../contract/types.ts';
import { t } from '../i18n/index.ts';
import { formatInterval, formatValue } from '../text/format.ts';
import type { BreakdownView } from './breakdown-view.ts';

interface Shown {
  short: string;
  share: number;
  ci: [number, number];
}

/**
 * A title for `view`: for the answer (row) whose highest and lowest group are furthest
 * apart with non-overlapping 95 % intervals — Потреби «Фінансування»: великі громади — 92 %,
 * малі — 81 % —, else "no clear difference" for the first row with the range of its group shares.
 * Non-overlapping intervals are a conservative test of a difference (Schenker & Gentleman
 * 2001, "On judging the significance of differences by examining the overlap between
 * confidence intervals", The American Statistician 55(3)): a difference the title names is
 * real at this level; one it does not name may still exist. Fewer than two groups with
 * shares: says there is nothing to compare.
 */
export function breakdownFinding(view: BreakdownView, lang: Lang): string {
  const s = t(lang).site.breakdown;
  const by = view.definition.label[lang].replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  const rows = view.rows.map((r) => ({
    label: r.label,
    shown: r.cells.flatMap((c, i): Shown[] =>
      c.share !== null && c.ci !== null && view.columns[i]!.status === 'ok'
        ? [{ short: view.columns[i]!.short, share: c.share, ci: c.ci }]
        : [],
    ),
  }));
  const first = rows[0];
  if (first === undefined || first.shown.length < 2) return s.findingTooFew(by);
  const pct = (x: number) => formatValue(x, 'percent', lang);
  let best: { label: string; hi: Shown; lo: Shown; gap: number } | null = null;
  for (const r of rows) {
    if (r.shown.length < 2) continue;
    const hi = r.shown.reduce((a, b) => (b.share > a.share ? b : a));
    const lo = r.shown.reduce((a, b) => (b.share < a.share ? b : a));
    const gap = hi.ci[0] - lo.ci[1];
    if (gap > 0 && (best === null || gap > best.gap)) best = { label: r.label, hi, lo, gap };
  }
  const question = view.question.short[lang];
  if (best !== null)
    return s.findingDiffer(question, best.label, best.hi.short, pct(best.hi.share), best.lo.short, pct(best.lo.share));
  const shares = first.shown.map((x) => x.share);
  return s.findingSame(
    question,
    first.label,
    by,
    formatInterval([Math.min(...shares), Math.max(...shares)], 'percent', lang),
  );
}
