import type { Interval } from '../../contract/types.ts';
import { wilson } from './wilson.ts';

/**
 * Newcombe's hybrid score interval for the difference of two independent proportions
 * p1 − p2 = k1/n1 − k2/n2 (method 10 of Newcombe 1998): the Wilson score intervals
 * [l1, u1] and [l2, u2] of each share, without continuity correction, combined as
 *
 *   lower = (p1 − p2) − √((p1 − l1)² + (u2 − p2)²)
 *   upper = (p1 − p2) + √((u1 − p1)² + (p2 − l2)²)
 *
 * Unlike the Wald interval it keeps its coverage near the nominal level for small
 * samples and shares near 0 or 1 (an oblast with 8 answers against the rest of the
 * country), and it never leaves [−1, 1].
 *
 * Source: R. G. Newcombe, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17 (1998) 873–890,
 * method 10; worked examples in its Table II (tested in newcombe.test.ts).
 *
 * @param k1 successes in the first sample (0 ≤ k1 ≤ n1)
 * @param n1 size of the first sample
 * @param k2 successes in the second sample
 * @param n2 size of the second sample
 * @param z two-sided critical value of the standard normal (1.959964 for 95 %; see zFor)
 * @returns [lower, upper] of p1 − p2, or null when either sample is empty
 */
export function newcombeDifference(k1: number, n1: number, k2: number, n2: number, z: number): Interval | null {
  const w1 = wilson(k1, n1, z);
  const w2 = wilson(k2, n2, z);
  if (w1 === null || w2 === null) return null;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const d = p1 - p2;
  const lower = d - Math.hypot(p1 - w1[0], w2[1] - p2);
  const upper = d + Math.hypot(w1[1] - p1, p2 - w2[0]);
  return [Math.max(-1, lower), Math.min(1, upper)];
}

/**
 * Whether two independent shares clearly differ: the difference interval excludes zero.
 * 'higher' / 'lower' refer to the first sample against the second; 'unclear' otherwise
 * (also when either sample is empty).
 */
export function compareShares(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  z: number,
): 'higher' | 'lower' | 'unclear' {
  const interval = newcombeDifference(k1, n1, k2, n2, z);
  if (interval === null) return 'unclear';
  if (interval[0] > 0) return 'higher';
  if (interval[1] < 0) return 'lower';
  return 'unclear';
}
