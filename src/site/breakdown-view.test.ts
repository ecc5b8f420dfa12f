import { describe, expect, it } from 'vitest';
import codebook from '../../data/codebook.json' with { type: 'json' };
import type { Codebook, NationalAggregate, QuestionStat } from '../contract/types.ts';
import { breakdownSentence, breakdownView } from './breakdown-view.ts';

const cb = codebook as unknown as Codebook;
const strategy = (adopted: number, answered: number, ci: [number, number]): QuestionStat => ({
  answered,
  options: {
    adopted: { count: adopted, share: adopted / answered, ci },
    in_progress: { count: answered - adopted, share: 1 - adopted / answered, ci: [0, 1] },
    planned: { count: 0, share: 0, ci: [0, 0.3] },
    none: { count: 0, share: 0, ci: [0, 0.3] },
  },
  top: ['adopted'],
});
const group = (respondents: number, status: 'ok' | 'insufficient' | 'no_data', q?: QuestionStat) => ({
  respondents,
  status,
  questions: q ? { smart_strategy: q } : {},
  metrics: {},
});
const national = (small: ReturnType<typeof group>, large: ReturnType<typeof group>) =>
  ({
    questions: { smart_strategy: strategy(30, 100, [0.22, 0.4]) },
    breakdowns: {
      population_class: {
        groups: { small, medium: group(0, 'no_data'), large },
        unclassified: 3,
      },
    },
  }) as unknown as NationalAggregate;

describe('breakdownView', () => {
  it('shows each group with n; an empty group and one below the threshold show no shares', () => {
    const data = national(
      group(2, 'insufficient', strategy(1, 2, [0.09, 0.91])),
      group(40, 'ok', strategy(20, 40, [0.35, 0.65])),
    );
    const view = breakdownView(cb, data, 'population_class', 'smart_strategy', 'uk');
    expect(view.columns.map((c) => [c.id, c.nText])).toEqual([
      ['small', 'замало даних (n\u00a0=\u00a02)'],
      ['medium', 'немає відповідей'],
      ['large', 'n\u00a0=\u00a040'],
    ]);
    const adopted = view.rows.find((r) => r.code === 'adopted')!;
    expect(adopted.cells.map((c) => c.text)).toEqual(['—', '—', '50\u00a0% (35–65\u00a0%)']);
    expect(view.unclassified).toBe(3);
    // the card label keeps a range whole at the phone's line end
    expect(view.columns[1]!.cardLabel).toBe('Середні (10\u00a0000–\u206049\u00a0999), немає відповідей');
    // answers nobody gave (planned, none: count 0 in the country) get no row
    expect(view.rows.map((r) => r.code)).toEqual(['in_progress', 'adopted']);
    // unless the editor names them
    const named = breakdownView(cb, data, 'population_class', 'smart_strategy', 'uk', { codes: ['adopted', 'none'] });
    expect(named.rows.map((r) => r.code)).toEqual(['adopted', 'none']);
  });

  it('says when groups differ beyond chance and when the difference is not established', () => {
    const apart = national(
      group(50, 'ok', strategy(5, 50, [0.04, 0.21])),
      group(40, 'ok', strategy(20, 40, [0.35, 0.65])),
    );
    expect(
      breakdownSentence(breakdownView(cb, apart, 'population_class', 'smart_strategy', 'en'), 'adopted', 'en'),
    ).toBe(
      "small — 10% (4–21%), medium — no answers, large — 50% (35–65%); some groups' intervals do not overlap — a difference larger than chance would explain",
    );
    const close = national(
      group(50, 'ok', strategy(20, 50, [0.27, 0.54])),
      group(40, 'ok', strategy(20, 40, [0.35, 0.65])),
    );
    expect(
      breakdownSentence(breakdownView(cb, close, 'population_class', 'smart_strategy', 'uk'), 'adopted', 'uk'),
    ).toMatch(/інтервали перетинаються, тож звіт не називає жодну групу вищою$/);
  });

  it('names a wrong breakdown or option and lists the valid ones', () => {
    const data = national(group(0, 'no_data'), group(0, 'no_data'));
    expect(() => breakdownView(cb, data, 'size', 'smart_strategy', 'uk')).toThrow(
      /unknown breakdown "size"; valid ids: community_type, population_class/,
    );
    expect(() => breakdownView(cb, data, 'population_class', 'smart_strategy', 'uk', { codes: ['yes'] })).toThrow(
      /no option "yes"; valid: adopted, in_progress, planned, none/,
    );
  });
});
