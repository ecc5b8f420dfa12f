/**
 * Edit distance between two strings, counting an insertion, a deletion, a substitution
 * or a swap of two neighbouring letters as one edit (optimal string alignment distance,
 * Damerau 1964 / Levenshtein 1966), but only up to `limit`: any distance above it is
 * returned as `limit + 1`. Work is O(a.length × b.length) at most, and none when the
 * lengths alone differ by more than `limit`. Used on the error path only, for suggestions.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const n = b.length;
  if (Math.abs(a.length - n) > limit) return limit + 1;
  // Three rows: two back (for swaps), the previous one, the current one.
  let before = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later row is at least this row's minimum: stop once it passes the limit.
    if (rowMin > limit) return limit + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n]!, limit + 1);
}
