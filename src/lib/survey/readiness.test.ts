import { describe, expect, it } from 'vitest';
import { groupIndex, respondentScore } from './readiness.ts';
import { project, record } from './testing.ts';

const index = project.codebook.codebook.index;
const score = (answers: Record<string, string[] | null>) => respondentScore(index, record('UA-32', answers));

describe('respondent score', () => {
  it('weights strategy 0.4, CDTO 0.25, solutions 0.35 (5 solutions = full)', () => {
    const s = score({ smart_strategy: ['adopted'], has_cdto: ['no'], solutions: ['e_petitions', 'e_queue'] })!;
    expect(s.score).toBeCloseTo(0.4 * 1 + 0.25 * 0 + 0.35 * (2 / 5), 10);
    expect(s.components).toEqual({ strategy: 1, cdto: 0, solutions: 0.4 });
  });

  it('caps solutions at count_full', () => {
    const many = ['e_petitions', 'e_queue', 'smart_lighting', 'city_app', 'gis_portal', 'e_ticketing'];
    expect(score({ smart_strategy: ['none'], has_cdto: ['no'], solutions: many })!.components.solutions).toBe(1);
  });

  it('renormalises weights over answered components: missing is not zero', () => {
    const s = score({ smart_strategy: ['in_progress'], has_cdto: null, solutions: null })!;
    expect(s.score).toBeCloseTo(0.6667, 10);
    expect(s.components).toEqual({ strategy: 0.6667, cdto: null, solutions: null });
    const withCdto = score({ smart_strategy: ['none'], has_cdto: ['yes'], solutions: null })!;
    expect(withCdto.score).toBeCloseTo(0.25 / 0.65, 10);
  });
});

describe('group index', () => {
  it('is 100 × mean with a clamped normal interval for the mean', () => {
    const scores = [1, 1, 0.5].map((v) => ({ score: v, components: { strategy: v, cdto: null, solutions: null } }));
    const g = groupIndex(index, scores, 1.96);
    expect(g.value).toBeCloseTo(83.3333, 3);
    const half = (1.96 * Math.sqrt(((1 / 6) ** 2 * 2 + (1 / 3) ** 2) / 2)) / Math.sqrt(3);
    expect(g.ci![0]).toBeCloseTo((5 / 6 - half) * 100, 6);
    expect(g.ci![1]).toBe(100);
    expect(g.components).toEqual({ strategy: 5 / 6, cdto: null, solutions: null });
  });

  it('has no interval for one respondent and no value for none', () => {
    expect(groupIndex(index, [{ score: 0.5, components: {} }], 1.96)).toMatchObject({ value: 50, ci: null, n: 1 });
    expect(groupIndex(index, [], 1.96)).toMatchObject({ value: null, ci: null, n: 0 });
  });
});
