import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, classOf, displayRound, quantileBreaks, readableScale } from './classify.ts';

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
  const step = 0.01;

  it('gives different values different classes when classes ≥ distinct values, and ranges hold exactly their values', () => {
    fc.assert(
      fc.property(valueSets, fc.integer({ min: 1, max: 7 }), (values, k) => {
        const { breaks, ranges } = classify(values, k, step);
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
    expect(classify([1, 0, 0], 5, step)).toEqual({
      breaks: [1],
      ranges: [
        { min: 0, max: 0 },
        { min: 1, max: 1 },
      ],
    });
    expect(classify([0, 0, 0, 0, 0, 0, 0, 1], 5, step).breaks).toEqual([1]);
  });

  it('classifies on the displayed value, so 0.2251 (shown as 23 %) joins 0.23', () => {
    expect(classify([0.2251, 0.23, 0.5], 2, step).ranges[0]).toEqual({ min: 0.23, max: 0.23 });
  });
});

describe('readableScale', () => {
  it('turns the gappy "0–6 | 7–11 | 12–22 | 25–29 | 30–47 %" into round classes that meet', () => {
    const values = [0, 0.03, 0.06, 0.07, 0.09, 0.11, 0.12, 0.15, 0.22, 0.25, 0.27, 0.29, 0.3, 0.35, 0.41, 0.47];
    const { breaks, edges } = readableScale(values, 5, 0.05);
    expect(edges).toEqual([0, ...breaks, 0.5]);
    for (const b of breaks) expect(Math.round(b * 100) % 5).toBe(0);
    expect(breaks).toEqual([0.05, 0.1, 0.25, 0.3]);
  });

  it('has no empty end class and at most k classes, for any shares (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 }), (ints) => {
        const values = ints.map((i) => i / 100);
        const { breaks, edges } = readableScale(values, 5, 0.05);
        expect(breaks.length + 1).toBeLessThanOrEqual(5);
        expect(edges).toHaveLength(breaks.length + 2);
        const classes = values.map((v) => classOf(v, breaks));
        expect(classes).toContain(0);
        expect(classes).toContain(breaks.length);
        for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThanOrEqual(edges[i - 1]!);
      }),
      { numRuns: 300 },
    );
  });

  it('picks a round step for counts', () => {
    expect(readableScale([1, 4, 9, 12, 18, 25, 31, 44], 5, null).breaks.every((b) => b % 5 === 0)).toBe(true);
  });
});
