import { describe, expect, it } from 'vitest';
import { compareShares, newcombeDifference } from './newcombe.ts';
import { zFor } from './normal.ts';

const z = zFor(0.95);

// Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score
// interval without continuity correction): the published limits, to 4 decimals (seven of
// its eight examples; the 6/7 − 2/7 row is left out until checked against the printed table).
const published: [number, number, number, number, number, number][] = [
  [56, 70, 48, 80, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.1705, 0.809],
  [5, 56, 0, 29, -0.0381, 0.1926],
  [0, 10, 0, 20, -0.1611, 0.2775],
  [0, 10, 0, 10, -0.2775, 0.2775],
  [10, 10, 0, 20, 0.6791, 1],
  [10, 10, 0, 10, 0.6075, 1],
];

describe('newcombeDifference (hybrid score interval)', () => {
  it.each(published)('%i/%i − %i/%i matches Newcombe’s Table II to 3 decimals', (k1, n1, k2, n2, lo, hi) => {
    const interval = newcombeDifference(k1, n1, k2, n2, z)!;
    expect(interval[0]).toBeCloseTo(lo, 3);
    expect(interval[1]).toBeCloseTo(hi, 3);
  });

  it('is antisymmetric: swapping the samples mirrors the interval', () => {
    const [lo, hi] = newcombeDifference(56, 70, 48, 80, z)!;
    const [lo2, hi2] = newcombeDifference(48, 80, 56, 70, z)!;
    expect(lo2).toBeCloseTo(-hi, 12);
    expect(hi2).toBeCloseTo(-lo, 12);
  });

  it('has no interval for an empty sample', () => {
    expect(newcombeDifference(0, 0, 3, 10, z)).toBeNull();
    expect(newcombeDifference(3, 10, 0, 0, z)).toBeNull();
  });
});

describe('compareShares', () => {
  it('calls a difference only when its interval excludes zero', () => {
    expect(compareShares(56, 70, 48, 80, z)).toBe('higher');
    expect(compareShares(48, 80, 56, 70, z)).toBe('lower');
    expect(compareShares(5, 56, 0, 29, z)).toBe('unclear');
    expect(compareShares(0, 0, 0, 29, z)).toBe('unclear');
  });
});
