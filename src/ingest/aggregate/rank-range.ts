// Ranks with uncertainty: the places an estimate's confidence interval allows it,
// and the leading group that cannot be told apart from first place.
import type { Interval } from '../../contract/types.ts';

export interface Estimate {
  id: string;
  value: number;
  /** confidence interval; null (a single respondent, no spread) reads as the point itself */
  ci: Interval | null;
}

/**
 * Range of ranks [best, worst] for each estimate (1 = highest), by the rule used for
 * published league tables with uncertainty (e.g. Goldstein & Spiegelhalter 1996, JRSS A
 * 159:385): an estimate is certainly behind those whose interval lies entirely above its
 * own and certainly ahead of those whose interval lies entirely below. So best = 1 + the
 * number entirely above; worst = N − the number entirely below. Intervals that merely
 * touch count as overlapping. Returns a map id → [best, worst]; O(N²), N ≤ a few dozen.
 */
export function rankRanges(estimates: readonly Estimate[]): Map<string, [number, number]> {
  const bounds = estimates.map((e) => e.ci ?? ([e.value, e.value] as Interval));
  const out = new Map<string, [number, number]>();
  estimates.forEach((e, i) => {
    const [lo, hi] = bounds[i]!;
    let above = 0;
    let below = 0;
    bounds.forEach(([l, h], j) => {
      if (j === i) return;
      if (l > hi) above++;
      else if (h < lo) below++;
    });
    out.set(e.id, [above + 1, estimates.length - below]);
  });
  return out;
}

/**
 * The leading group: every estimate that could be first (no interval lies entirely
 * above its own), highest value first, ties in input order. One id only when the top
 * estimate's interval clears every other; [] when there are no estimates.
 */
export function leadingGroup(estimates: readonly Estimate[]): string[] {
  const ranges = rankRanges(estimates);
  return estimates
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => ranges.get(e.id)![0] === 1)
    .sort((a, b) => b.e.value - a.e.value || a.i - b.i)
    .map(({ e }) => e.id);
}
