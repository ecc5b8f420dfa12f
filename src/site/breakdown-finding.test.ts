import { describe, expect, it } from 'vitest';
import codebook from '../../data/codebook.json' with { type: 'json' };
import type { Codebook, NationalAggregate, QuestionStat } from '../contract/types.ts';
import { breakdownView } from './breakdown-view.ts';
import { breakdownFinding } from './breakdown-finding.ts';

const cb = codebook as unknown as Codebook;
type Ci = [number, number];
const strategy = (adopted: [number, Ci], progress: [number, Ci]): QuestionStat => ({
  answered: 100,
  options: {
    adopted: { count: adopted[0] * 100, share: adopted[0], ci: adopted[1] },
    in_progress: { count: progress[0] * 100, share: progress[0], ci: progress[1] },
    planned: { count: 0, share: 0, ci: [0, 0.04] },
    none: { count: 0, share: 0, ci: [0, 0.04] },
  },
  top: ['in_progress'],
});
const group = (status: 'ok' | 'insufficient', q: QuestionStat) => ({
  respondents: status === 'ok' ? 100 : 2,
  status,
  questions: { smart_strategy: q },
  metrics: {},
});
const national = (small: ReturnType<typeof group>, medium: ReturnType<typeof group>, large: ReturnType<typeof group>) =>
  ({
    questions: { smart_strategy: strategy([0.3, [0.25, 0.35]], [0.5, [0.45, 0.55]]) },
    breakdowns: { population_class: { groups: { small, medium, large }, unclassified: 0 } },
  }) as unknown as NationalAggregate;
const finding = (data: NationalAggregate, lang: 'uk' | 'en') =>
  breakdownFinding(breakdownView(cb, data, 'population_class', 'smart_strategy', lang), lang);

describe('breakdownFinding', () => {
  it('names the answer whose highest and lowest groups are furthest apart without overlap', () => {
    // By hand: adopted — large 0.50 [0.40, 0.60] vs small 0.10 [0.05, 0.18]: gap 0.22;
    // in progress — small 0.60 [0.50, 0.70] vs large 0.40 [0.30, 0.50]: touching, no gap.
    const data = national(
      group('ok', strategy([0.1, [0.05, 0.18]], [0.6, [0.5, 0.7]])),
      group('ok', strategy([0.3, [0.21, 0.4]], [0.5, [0.4, 0.6]])),
      group('ok', strategy([0.5, [0.4, 0.6]], [0.4, [0.3, 0.5]])),
    );
    expect(finding(data, 'uk')).toBe('Смарт-стратегія «затверджена»: великі громади — 50\u00a0%, малі — 10\u00a0%');
    expect(finding(data, 'en')).toBe('Smart strategy "Adopted": large communities 50%, small 10%');
  });

  it('says plainly when no answer separates the groups, with the range of the top answer', () => {
    const data = national(
      group('ok', strategy([0.3, [0.2, 0.4]], [0.45, [0.35, 0.55]])),
      group('ok', strategy([0.32, [0.22, 0.42]], [0.5, [0.4, 0.6]])),
      group('insufficient', strategy([0.9, [0.2, 1]], [0.1, [0, 0.8]])),
    );
    expect(finding(data, 'uk')).toBe(
      'Смарт-стратегія «розробляється»: розмір громади помітної різниці не дає (у групах — 45–50\u00a0%)',
    );
    expect(finding(data, 'en')).toBe(
      'Smart strategy "In progress": no clear difference by community size (45–50% across groups)',
    );
  });

  it('says there is nothing to compare when fewer than two groups have shares', () => {
    const data = national(
      group('ok', strategy([0.3, [0.2, 0.4]], [0.45, [0.35, 0.55]])),
      group('insufficient', strategy([0.3, [0.2, 0.4]], [0.45, [0.35, 0.55]])),
      group('insufficient', strategy([0.3, [0.2, 0.4]], [0.45, [0.35, 0.55]])),
    );
    expect(finding(data, 'uk')).toBe('Порівняти групи (розмір громади) не можна: замало відповідей');
  });
});
