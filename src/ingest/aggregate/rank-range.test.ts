import { describe, expect, it } from 'vitest';
import { leadingGroup, rankRanges, type Estimate } from './rank-range.ts';

const e = (id: string, value: number, lo: number, hi: number): Estimate => ({ id, value, ci: [lo, hi] });

describe('rankRanges', () => {
  it('a clear leader: its interval clears the runner-up, so it alone can be first', () => {
    const list = [e('A', 80, 75, 85), e('B', 60, 55, 70), e('C', 58, 50, 66), e('D', 30, 20, 40)];
    expect(Object.fromEntries(rankRanges(list))).toEqual({ A: [1, 1], B: [2, 3], C: [2, 3], D: [4, 4] });
    expect(leadingGroup(list)).toEqual(['A']);
  });

  it('a tied leading group: every unit whose interval reaches the top one can be first', () => {
    // Lviv's 65–79 overlaps Volyn and Chernivtsi, not Sumy
    const list = [e('Sumy', 50, 44, 56), e('Volyn', 70, 62, 77), e('Lviv', 72, 65, 79), e('Chernivtsi', 68, 57, 79)];
    expect(leadingGroup(list)).toEqual(['Lviv', 'Volyn', 'Chernivtsi']);
    expect(rankRanges(list).get('Sumy')).toEqual([4, 4]); // all three lie entirely above it
    expect(rankRanges(list).get('Lviv')).toEqual([1, 3]);
  });

  it('touching intervals overlap; a missing interval reads as its point', () => {
    const list = [e('A', 70, 60, 80), { id: 'B', value: 60, ci: null }, e('C', 40, 30, 59)];
    expect(Object.fromEntries(rankRanges(list))).toEqual({ A: [1, 2], B: [1, 2], C: [3, 3] });
    expect(leadingGroup(list)).toEqual(['A', 'B']);
  });

  it('nothing to rank: no leaders', () => {
    expect(leadingGroup([])).toEqual([]);
    expect(rankRanges([]).size).toBe(0);
  });
});
