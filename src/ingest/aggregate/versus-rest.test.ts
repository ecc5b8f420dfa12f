import { describe, expect, it } from 'vitest';
import type { QuestionStat } from '../../contract/types.ts';
import { zFor } from './normal.ts';
import { versusRest } from './versus-rest.ts';

const z = zFor(0.95);
const stat = (answered: number, counts: Record<string, number>): QuestionStat => ({
  answered,
  options: Object.fromEntries(Object.entries(counts).map(([c, k]) => [c, { count: k, share: k / answered, ci: null }])),
  top: [],
});

describe('versusRest', () => {
  it('takes the rest as the country minus the unit and gives Newcombe’s interval (Table II, 56/70 − 48/80)', () => {
    // unit 56 of 70, rest 48 of 80: the country holds 104 of 150
    const rest = versusRest({ q: stat(70, { yes: 56, no: 14 }) }, { q: stat(150, { yes: 104, no: 46 }) }, z);
    expect(rest.q!.answered).toBe(80);
    expect(rest.q!.options.yes).toMatchObject({ count: 48, share: 0.6, compare: 'higher' });
    expect(rest.q!.options.yes!.difference![0]).toBeCloseTo(0.0524, 3);
    expect(rest.q!.options.yes!.difference![1]).toBeCloseTo(0.3339, 3);
    expect(rest.q!.options.no!.compare).toBe('lower');
  });

  it('calls a difference unclear when its interval holds 0, and null when the rest gave no answer', () => {
    const unclear = versusRest({ q: stat(10, { yes: 5 }) }, { q: stat(30, { yes: 14 }) }, z);
    expect(unclear.q!.options.yes!.compare).toBe('unclear');
    const alone = versusRest({ q: stat(10, { yes: 5 }) }, { q: stat(10, { yes: 5 }) }, z);
    expect(alone.q!.options.yes).toMatchObject({ share: null, ci: null, difference: null, compare: 'unclear' });
  });

  it('refuses a country with fewer answers than the unit', () => {
    expect(() => versusRest({ q: stat(10, { yes: 5 }) }, { q: stat(5, { yes: 5 }) }, z)).toThrow(/fewer answers/);
  });
});
