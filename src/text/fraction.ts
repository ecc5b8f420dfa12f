// A share said the way a reader says it: "almost 9 in 10", "1 in 5", "over 1 in 3".
// Pew and the ONS round shares to simple fractions in headlines; the exact share and
// its interval stay in the chart, the table and the key figure next to the words.

/** A simple fraction near a share, and whether the share is a little below or above it. */
export interface ApproxFraction {
  /** numerator: "9" in "9 in 10" */
  k: number;
  /** denominator */
  d: number;
  /** share vs k/d: 'about' when within half a percentage point */
  relation: 'almost' | 'about' | 'over';
}

/** Denominators readers take in at a glance; tenths when nothing simpler fits. */
const DENOMINATORS = [2, 3, 4, 5, 10] as const;
/** A simpler fraction wins when it is at most this much further from the share than tenths. */
const SIMPLER_BY = 0.015;
/** Within this of k/d the share is "k in d" with no qualifier. */
const EXACT = 0.005;

/**
 * The simple fraction nearest `share` (0..1): denominators 2, 3, 4, 5 or 10, the smallest
 * one within 1.5 points of the best; below 1 in 10, "1 in N" with N = round(1 / share).
 * Returns null for shares of 0, 1, outside 0..1 or not finite: those are said in words.
 */
export function approxFraction(share: number): ApproxFraction | null {
  if (!Number.isFinite(share) || share <= 0 || share >= 1) return null;
  let candidates: { k: number; d: number }[];
  if (share < 0.095) {
    candidates = [{ k: 1, d: Math.max(10, Math.round(1 / share)) }];
  } else {
    candidates = DENOMINATORS.flatMap((d) =>
      Array.from({ length: d - 1 }, (_, i) => ({ k: i + 1, d })).filter(({ k }) => k / d > 0 && k / d < 1),
    );
  }
  const distance = (c: { k: number; d: number }) => Math.abs(share - c.k / c.d);
  const best = Math.min(...candidates.map(distance));
  // candidates are ordered by denominator, so the first close enough is the simplest
  const pick = candidates.find((c) => distance(c) <= best + SIMPLER_BY)!;
  const diff = share - pick.k / pick.d;
  return { ...pick, relation: Math.abs(diff) < EXACT ? 'about' : diff < 0 ? 'almost' : 'over' };
}
