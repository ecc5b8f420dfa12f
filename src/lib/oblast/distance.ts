/**
 * Edit distance between two strings, counting an insertion, a deletion, a substitution
 * or a swap of two neighbouring letters as one edit (optimal string alignment distance,
 * Damerau 1964 / Levenshtein 1966), but only up to `limit`: any distance above it is
 * returned as `limit + 1`. Work is O(a.length × b.length) at most, and none when the
 * lengths alone differ by more than `limit`. Used on the error path only, for suggestions.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later row is at least this row's minimum: stop once it passes the limit.
    if (rowMin > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, limit + 1);
}
