import type { Interval } from '../../contract/types.ts';

/**
 * Wilson score interval for a share k/n. Unlike the textbook p ± z·√(p(1−p)/n)
 * it stays inside [0, 1] and does not collapse to zero width at 0 % or 100 %,
 * which matters for oblasts with a handful of respondents.
 */
export function wilson(k: number, n: number, z: number): Interval | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
