import { describe, expect, it } from 'vitest';
import { zFor } from './normal.ts';
import { wilson } from './wilson.ts';

describe('wilson', () => {
  const z = zFor(0.95);
  it('uses z = 1.959964 for 95 %', () => expect(z).toBeCloseTo(1.959964, 6));

  it('matches published values', () => {
    // 81/263 → 0.2553–0.3662 is Newcombe (1998), Table I; the others are worked by hand from the formula.
    const [lo1, hi1] = wilson(81, 263, z)!;
    expect(lo1).toBeCloseTo(0.2553, 4);
    expect(hi1).toBeCloseTo(0.3662, 4);
    expect(wilson(0, 10, z)![0]).toBe(0);
    expect(wilson(0, 10, z)![1]).toBeCloseTo(0.2775, 4);
    expect(wilson(5, 10, z)![0]).toBeCloseTo(0.2366, 4);
  });

  it('stays within [0, 1] and is null without answers', () => {
    expect(wilson(3, 3, z)![1]).toBe(1);
    expect(wilson(0, 0, z)).toBeNull();
  });
});
