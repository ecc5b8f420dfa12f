import { describe, expect, it } from 'vitest';
import codebook from '../../data/codebook.json' with { type: 'json' };
import registry from '../../data/oblasts.json' with { type: 'json' };
import type { Codebook, NationalAggregate, OblastAggregate, QuestionStat } from '../contract/types.ts';
import { inSentence, leaderFinding, listNames, topOptionFinding } from './findings.ts';

const cb = codebook as unknown as Codebook;
const needs = cb.questions.find((q) => q.id === 'needs')!;
const stat = (top: string[]): QuestionStat => ({
  answered: 420,
  options: {
    funding: { count: 374, share: 0.89, ci: [0.86, 0.92] },
    expertise: { count: 370, share: 0.881, ci: [0.85, 0.91] },
    partners: { count: 40, share: 0.095, ci: [0.07, 0.13] },
  },
  top,
});
const oblast = (iso: string, name_uk: string) => ({ iso, name_uk, name_en: iso }) as OblastAggregate;
const national = (leaders: string[]) =>
  ({ leaders, leader: leaders.length === 1 ? leaders[0] : null }) as NationalAggregate;

describe('findings', () => {
  it('a clear top option: its label, share and interval, as the sentence says it', () => {
    const f = topOptionFinding(needs, stat(['funding']), 'uk');
    expect(f).toMatchObject({ single: true, n: 420 });
    expect(f.text).toBe('фінансування — 89\u00a0% (86–92\u00a0%)');
    expect(topOptionFinding(needs, stat(['funding']), 'en').text).toBe('funding — 89% (86–92%)');
  });

  it('a tied top: both named; the tie is said once, by the title, not in every sentence', () => {
    expect(topOptionFinding(needs, stat(['funding', 'expertise']), 'en').text).toBe(
      'funding — 89% (86–92%) and expertise — 88% (85–91%)',
    );
    expect(topOptionFinding(needs, stat(['funding', 'expertise']), 'uk').text).toBe(
      'фінансування — 89\u00a0% (86–92\u00a0%) і експертиза — 88\u00a0% (85–91\u00a0%)',
    );
  });

  it('an empty question: a dash, no invented figure', () => {
    const f = topOptionFinding(needs, { answered: 0, options: {}, top: [] }, 'uk');
    expect(f).toMatchObject({ text: '—', items: [], single: false });
  });

  it('one leader by its full name; a leading group by short names, counted', () => {
    const units = registry.units;
    const oblasts = [oblast('UA-46', 'Львівська область')];
    expect(leaderFinding(national(['UA-46']), oblasts, units, 'uk')).toMatchObject({
      single: true,
      text: 'Львівська область',
    });
    const group = leaderFinding(national(['UA-46', 'UA-07', 'UA-77', 'UA-68', 'UA-32']), oblasts, units, 'uk');
    expect(group.text).toBe('Львівська, Волинська, Чернівецька та ще 2 області');
    expect(leaderFinding(national(['UA-46', 'UA-07']), oblasts, units, 'en').text).toBe('Lviv and Volyn oblasts');
    expect(leaderFinding(national([]), [], units, 'uk').text).toBe('—');
  });

  it('lists and lower-cases as a sentence needs', () => {
    expect(listNames(['A', 'B', 'C'], 'uk')).toBe('A, B і C');
    expect(listNames(['A', 'B', 'C', 'D', 'E'], 'en')).toBe('A, B, C and 2 more');
    expect(inSentence('Фінансування')).toBe('фінансування');
    expect(inSentence('CDTO')).toBe('CDTO');
  });
});
