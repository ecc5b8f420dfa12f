// Threshold classification for choropleths. Breaks are the interior thresholds of
// d3.scaleThreshold: with breaks [t1, t2], class 0 is x < t1, class 1 is t1 ≤ x < t2,
// class 2 is x ≥ t2.
import { ascending, bisectRight, extent, quantileSorted } from 'd3-array';

export type BreakMethod = 'quantile' | 'equal' | 'jenks';
export type BreakSpec = BreakMethod | number[];

export function classOf(x: number, breaks: readonly number[]): number {
  return bisectRight(breaks, x);
}

function sortedFinite(values: readonly number[]): number[] {
  return values.filter(Number.isFinite).sort(ascending);
}

function strictlyIncreasing(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b > breaks[i - 1]!);
}

export function quantileBreaks(values: readonly number[], k: number): number[] {
  const sorted = sortedFinite(values);
  if (sorted.length === 0 || k < 2) return [];
  return strictlyIncreasing(Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k)!));
}

export function equalBreaks(values: readonly number[], k: number): number[] {
  const [lo, hi] = extent(sortedFinite(values));
  if (lo === undefined || hi === undefined || lo === hi || k < 2) return [];
  return Array.from({ length: k - 1 }, (_, i) => lo + ((i + 1) * (hi - lo)) / k);
}

/**
 * Jenks natural breaks (Fisher's exact optimisation): the partition of the sorted
 * values into k runs with the least total within-class sum of squared deviations.
 * d3-array has no Jenks; n ≤ a few hundred here, so the O(k·n²) dynamic programme is instant.
 */
export function jenksBreaks(values: readonly number[], k: number): number[] {
  const x = sortedFinite(values);
  const n = x.length;
  if (n === 0 || k < 2) return [];
  const classes = Math.min(k, new Set(x).size);
  const s1 = [0];
  const s2 = [0];
  for (const v of x) {
    s1.push(s1.at(-1)! + v);
    s2.push(s2.at(-1)! + v * v);
  }
  // Sum of squared deviations of x[i..j] (inclusive).
  const ssd = (i: number, j: number) => {
    const m = j - i + 1;
    const sum = s1[j + 1]! - s1[i]!;
    return s2[j + 1]! - s2[i]! - (sum * sum) / m;
  };
  // cost[c][j]: best cost of splitting x[0..j] into c+1 classes; start[c][j]: first index of the last class.
  const cost: number[][] = [x.map((_, j) => ssd(0, j))];
  const start: number[][] = [x.map(() => 0)];
  for (let c = 1; c < classes; c++) {
    cost.push([]);
    start.push([]);
    for (let j = 0; j < n; j++) {
      let best = Infinity;
      let bestStart = j;
      for (let i = c; i <= j; i++) {
        const candidate = cost[c - 1]![i - 1]! + ssd(i, j);
        if (candidate < best) {
          best = candidate;
          bestStart = i;
        }
      }
      cost[c]![j] = best;
      start[c]![j] = bestStart;
    }
  }
  const breaks: number[] = [];
  let end = n - 1;
  for (let c = classes - 1; c > 0; c--) {
    const first = start[c]![end]!;
    breaks.unshift(x[first]!);
    end = first - 1;
  }
  return strictlyIncreasing(breaks);
}

export function computeBreaks(values: readonly number[], spec: BreakSpec, k: number): number[] {
  if (Array.isArray(spec)) {
    if (spec.some((b, i) => !Number.isFinite(b) || (i > 0 && b <= spec[i - 1]!))) {
      throw new Error(`Map breaks must be finite and strictly increasing, got [${spec.join(', ')}]`);
    }
    return [...spec];
  }
  if (spec === 'quantile') return quantileBreaks(values, k);
  if (spec === 'equal') return equalBreaks(values, k);
  return jenksBreaks(values, k);
}

/** Rounds computed breaks to a display step (e.g. whole percent) so legend labels are exact. */
export function roundBreaks(breaks: readonly number[], step: number): number[] {
  const rounded = breaks.map((b) => Math.round(b / step) * step).map((b) => Number(b.toPrecision(12)));
  return strictlyIncreasing(rounded);
}

/** One class of a classification: the smallest and largest value in it, null when empty. */
export type ClassRange = { min: number; max: number } | null;

export interface Classification {
  /** Thresholds for classOf, applied to values rounded to the display step. */
  breaks: number[];
  /** One entry per class (breaks.length + 1), in order. */
  ranges: ClassRange[];
}

/** A value as the reader sees it: rounded to the display step (0.01 for shares shown as whole percent). */
export function displayRound(x: number, step: number): number {
  return Number((Math.round(x / step) * step).toPrecision(12));
}

/**
 * Classes for a choropleth, decided on the values as displayed (rounded to `step`), so a
 * region never sits in a class whose legend range excludes the number shown for it.
 * - Computed methods: when there are no more distinct values than `k`, every distinct
 *   value gets its own class (values that differ never share a colour); otherwise the
 *   method's thresholds are snapped to the values, so each threshold is the smallest value
 *   of its class and no class is empty. Every range is exactly [min, max] of its values.
 * - Explicit thresholds (an editor's array) are kept as given, empty classes included,
 *   so colours stay comparable across maps.
 * Non-finite values are ignored. Throws for explicit thresholds that are not increasing.
 */
export function classify(values: readonly number[], spec: BreakSpec, k: number, step: number): Classification {
  const shown = sortedFinite(values).map((v) => displayRound(v, step));
  const distinct = strictlyIncreasing(shown);
  let breaks: number[];
  if (Array.isArray(spec)) breaks = computeBreaks(shown, spec, k);
  else if (distinct.length <= Math.max(1, k)) breaks = distinct.slice(1);
  else {
    const raw = computeBreaks(shown, spec, k);
    breaks = distinct.filter((v, i) => i > 0 && classOf(v, raw) !== classOf(distinct[i - 1]!, raw));
  }
  const ranges: ClassRange[] = Array.from({ length: breaks.length + 1 }, () => null);
  for (const v of distinct) {
    const i = classOf(v, breaks);
    const r = ranges[i];
    ranges[i] = r ? { min: r.min, max: v } : { min: v, max: v };
  }
  return { breaks, ranges };
}
