// Threshold classification for choropleths. Breaks are the interior thresholds of
// d3.scaleThreshold: with breaks [t1, t2], class 0 is x < t1, class 1 is t1 ≤ x < t2,
// class 2 is x ≥ t2.
import { ascending, bisectRight, quantileSorted, tickStep } from 'd3-array';

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

/** One class of a classification: the smallest and largest value in it, null when empty. */
type ClassRange = { min: number; max: number } | null;

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
 * When there are no more distinct values than `k`, every distinct value gets its own class
 * (values that differ never share a colour); otherwise the quantile thresholds are snapped
 * to the values, so each threshold is the smallest value of its class and no class is empty.
 * Every range is exactly [min, max] of its values. Non-finite values are ignored.
 */
export function classify(values: readonly number[], k: number, step: number): Classification {
  const shown = sortedFinite(values).map((v) => displayRound(v, step));
  const distinct = strictlyIncreasing(shown);
  let breaks: number[];
  if (distinct.length <= Math.max(1, k)) breaks = distinct.slice(1);
  else {
    const raw = quantileBreaks(shown, k);
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

/** A stepped scale with readable, contiguous classes: class i runs from edges[i] to edges[i + 1]. */
export interface SteppedScale {
  /** Thresholds for classOf (multiples of the rounding unit), applied to displayed values. */
  breaks: number[];
  /** breaks.length + 2 edges: the lowest value rounded down, the breaks, the highest rounded up. */
  edges: number[];
}

const snap = (x: number, unit: number, how: (v: number) => number) => Number((how(x / unit) * unit).toPrecision(12));

/**
 * A scale of at most `k` classes for `values` (pooled over every map of the same kind of
 * measure, so one colour means one range on all of them), with thresholds at multiples
 * of `unit` (5 % for shares: "0–20 %, 20–40 %"): the quantile thresholds rounded to the
 * unit, duplicates dropped, each above the lowest value and at most the highest, so
 * neither end class is empty. Classes are contiguous: each starts where the last ended.
 * `unit` null picks a round step for the range (d3 tickStep). Non-finite values are ignored.
 */
export function readableScale(values: readonly number[], k: number, unit: number | null): SteppedScale {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return { breaks: [], edges: [] };
  const lo = sorted[0]!;
  const hi = sorted.at(-1)!;
  const u = unit ?? Math.max(1, tickStep(lo, hi, k));
  const breaks = strictlyIncreasing(
    quantileBreaks(sorted, k)
      .map((b) => snap(b, u, Math.round))
      .filter((b) => b > lo && b <= hi),
  );
  return { breaks, edges: [snap(lo, u, Math.floor), ...breaks, snap(hi, u, Math.ceil)] };
}
