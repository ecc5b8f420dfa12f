import { describe, expect, it } from 'vitest';
import { IndexAccumulator, meanInterval, respondentScore } from './readiness.ts';
import { project } from '../../../tests/support/survey.ts';

const index = project.codebook.codebook.index;
const score = (answers: Record<string, string[] | null>) => respondentScore(index, answers);

describe('respondent score', () => {
  it('weights strategy 0.4, CDTO 0.25, solutions 0.35 (5 solutions = full)', () => {
    const s = score({ smart_strategy: ['adopted'], has_cdto: ['no'], solutions: ['e_petitions', 'e_queue'] })!;
    expect(s).toBeCloseTo(0.4 * 1 + 0.25 * 0 + 0.35 * (2 / 5), 10);
  });

  it('caps solutions at count_full', () => {
    const many = ['e_petitions', 'e_queue', 'smart_lighting', 'city_app', 'gis_portal', 'e_ticketing'];
    expect(score({ smart_strategy: ['none'], has_cdto: ['no'], solutions: many })).toBeCloseTo(0.35, 10);
  });

  it('renormalises weights over answered components: missing is not zero', () => {
    expect(score({ smart_strategy: ['in_progress'], has_cdto: null, solutions: null })).toBeCloseTo(0.6667, 10);
    expect(score({ smart_strategy: ['none'], has_cdto: ['yes'], solutions: null })).toBeCloseTo(0.25 / 0.65, 10);
    expect(score({ smart_strategy: null, has_cdto: null, solutions: null })).toBeNull();
  });
});

describe('group index', () => {
  it('is 100 × mean with a clamped normal interval for the mean', () => {
    const g = meanInterval([1, 1, 0.5], 1.96);
    expect(g.value).toBeCloseTo(83.3333, 3);
    const half = (1.96 * Math.sqrt(((1 / 6) ** 2 * 2 + (1 / 3) ** 2) / 2)) / Math.sqrt(3);
    expect(g.ci![0]).toBeCloseTo((5 / 6 - half) * 100, 6);
    expect(g.ci![1]).toBe(100);
  });

  it('has no interval for one respondent and no value for none', () => {
    expect(meanInterval([0.5], 1.96)).toEqual({ value: 50, ci: null, n: 1 });
    expect(meanInterval([], 1.96)).toEqual({ value: null, ci: null, n: 0 });
  });

  it('accumulates respondents and averages each component over those who answered it', () => {
    const acc = new IndexAccumulator(index);
    acc.add({ smart_strategy: ['adopted'], has_cdto: ['yes'], solutions: null });
    acc.add({ smart_strategy: ['none'], has_cdto: null, solutions: ['e_queue'] });
    const g = acc.result(1.96);
    expect(g.n).toBe(2);
    expect(g.value).toBeCloseTo(((1 + (0.35 * 0.2) / 0.75) / 2) * 100, 6);
    expect(g.components).toEqual({ strategy: 0.5, cdto: 1, solutions: 0.2 });
  });
});
