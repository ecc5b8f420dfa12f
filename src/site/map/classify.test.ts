import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classify,
  classOf,
  computeBreaks,
  displayRound,
  equalBreaks,
  jenksBreaks,
  quantileBreaks,
  roundBreaks,
  type BreakMethod,
} from './classify.ts';

/** Total within-class squared deviation for a threshold classification. */
function sdcm(values: number[], breaks: number[]): number {
  const groups = new Map<number, number[]>();
  for (const v of values) groups.set(classOf(v, breaks), [...(groups.get(classOf(v, breaks)) ?? []), v]);
  let total = 0;
  for (const g of groups.values()) {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    total += g.reduce((a, b) => a + (b - mean) ** 2, 0);
  }
  return total;
}

/** Every way to cut the sorted values into k non-empty runs, by brute force. */
function bestBySearch(values: number[], k: number): number {
  const x = [...values].sort((a, b) => a - b);
  let best = Infinity;
  const cut = (from: number, left: number, breaks: number[]) => {
    if (left === 1) {
      best = Math.min(best, sdcm(x, breaks));
      return;
    }
    for (let i = from + 1; i <= x.length - left + 1; i++) cut(i, left - 1, [...breaks, x[i]!]);
  };
  cut(0, k, []);
  return best;
}

describe('classOf', () => {
  it('follows scaleThreshold: lower bound inclusive', () => {
    expect([5, 10, 15, 20, 25].map((x) => classOf(x, [10, 20]))).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('quantileBreaks', () => {
  it('splits 1..10 into quartiles', () => {
    expect(quantileBreaks([10, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([3.25, 5.5, 7.75]);
  });
  it('drops duplicate breaks when values repeat', () => {
    expect(quantileBreaks([1, 1, 1, 1, 1, 2], 3)).toEqual([1]);
  });
});

describe('equalBreaks', () => {
  it('divides the range evenly', () => {
    expect(equalBreaks([0, 3, 100], 4)).toEqual([25, 50, 75]);
  });
  it('gives no breaks for a constant series', () => {
    expect(equalBreaks([7, 7], 3)).toEqual([]);
  });
});

describe('jenksBreaks', () => {
  it('finds obvious clusters', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 30, 31, 32], 3)).toEqual([10, 30]);
  });

  it('matches the optimum of an exhaustive search on irregular data', () => {
    const values = [0.12, 0.15, 0.19, 0.2, 0.31, 0.33, 0.38, 0.47, 0.5, 0.52, 0.71, 0.74, 0.9];
    for (const k of [2, 3, 4, 5]) {
      const breaks = jenksBreaks(values, k);
      expect(breaks).toHaveLength(k - 1);
      expect(sdcm(values, breaks)).toBeCloseTo(bestBySearch(values, k), 10);
    }
  });

  it('never asks for more classes than distinct values', () => {
    expect(jenksBreaks([5, 5, 9, 9], 4)).toEqual([9]);
  });
});

describe('computeBreaks', () => {
  it('accepts explicit increasing thresholds and rejects unordered ones', () => {
    expect(computeBreaks([1, 2, 3], [0.2, 0.4], 5)).toEqual([0.2, 0.4]);
    expect(() => computeBreaks([1], [0.4, 0.2], 5)).toThrow(/strictly increasing/);
  });
  it('dispatches on the method name', () => {
    expect(computeBreaks([0, 100], 'equal', 2)).toEqual([50]);
  });
});

describe('roundBreaks', () => {
  it('rounds to the display step without float noise and drops collisions', () => {
    expect(roundBreaks([0.2347, 0.4512, 0.4549], 0.01)).toEqual([0.23, 0.45]);
  });
});

describe('classify, as a kind (property test)', () => {
  // Small value sets the way survey maps have them: shares with ties, zeros, one outlier, all equal, none.
  const share = fc.oneof(
    fc.constantFrom(0, 1, 0.5),
    fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  const valueSets = fc.oneof(
    fc.array(share, { maxLength: 27 }),
    fc.tuple(fc.array(fc.constant(0), { minLength: 1, maxLength: 10 }), share).map(([zeros, x]) => [...zeros, x]),
    fc.tuple(share, fc.integer({ min: 1, max: 27 })).map(([x, n]) => Array.from({ length: n }, () => x)),
  );
  const method = fc.constantFrom<BreakMethod>('quantile', 'equal', 'jenks');
  const step = 0.01;

  it('gives different values different classes when classes ≥ distinct values, and ranges hold exactly their values', () => {
    fc.assert(
      fc.property(valueSets, method, fc.integer({ min: 1, max: 7 }), (values, m, k) => {
        const { breaks, ranges } = classify(values, m, k, step);
        const shown = values.map((v) => displayRound(v, step));
        const distinct = [...new Set(shown)].sort((a, b) => a - b);
        expect(ranges).toHaveLength(breaks.length + 1);
        if (distinct.length <= k) expect(breaks.length + 1).toBe(Math.max(1, distinct.length));
        else expect(breaks.length + 1).toBeLessThanOrEqual(k);
        for (const [i, r] of ranges.entries()) {
          const members = distinct.filter((v) => classOf(v, breaks) === i);
          if (values.length === 0) continue;
          expect(r, `class ${i} of ${JSON.stringify(values)}`).not.toBeNull();
          expect(members[0]).toBe(r!.min);
          expect(members.at(-1)).toBe(r!.max);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('one oblast at 100 % and two at 0 %: two classes, 0 and 100 both in the legend ranges', () => {
    expect(classify([1, 0, 0], 'quantile', 5, step)).toEqual({
      breaks: [1],
      ranges: [
        { min: 0, max: 0 },
        { min: 1, max: 1 },
      ],
    });
    expect(classify([0, 0, 0, 0, 0, 0, 0, 1], 'quantile', 5, step).breaks).toEqual([1]);
  });

  it('classifies on the displayed value, so 0.2251 (shown as 23 %) joins 0.23', () => {
    expect(classify([0.2251, 0.23, 0.5], 'quantile', 2, step).ranges[0]).toEqual({ min: 0.23, max: 0.23 });
  });

  it('keeps an editor’s explicit thresholds, empty classes included', () => {
    expect(classify([0.1, 0.9], [0.2, 0.4, 0.6], 5, step).ranges).toEqual([
      { min: 0.1, max: 0.1 },
      null,
      null,
      { min: 0.9, max: 0.9 },
    ]);
  });
});
