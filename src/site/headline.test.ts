import { describe, expect, it } from 'vitest';
import codebook from '../../data/codebook.json' with { type: 'json' };
import registry from '../../data/oblasts.json' with { type: 'json' };
import type {
  Codebook,
  Lang,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  QuestionStat,
} from '../contract/types.ts';
import { approxFraction } from '../text/fraction.ts';
import { andWord, joinAnd } from '../text/conjunction.ts';
import { leaderHeadline, metricHeadline, oneAnswerHeadline, questionHeadline, shareWords } from './headline.ts';
import { topOptionFinding } from './findings.ts';
import { niceAxis, tierOf } from './ranking-chart.ts';

const cb = codebook as unknown as Codebook;
const q = (id: string) => cb.questions.find((x) => x.id === id)!;
const langs: Lang[] = ['uk', 'en'];
const nb = (s: string) => s.replace(/ %/g, '\u00a0%');
/** A capital after the first letter, other than in names and abbreviations the labels keep. */
const midCapital = /(?<![\p{L}-])(?!CDTO|ГІС|GIS|Smart City|City)\p{Lu}/u;

/** A stat where `top` lead with the given shares and every other option has 10 %. */
function stat(question: string, top: [string, number][]): QuestionStat {
  const options = Object.fromEntries(
    q(question).options.map((o) => {
      const share = top.find(([c]) => c === o.code)?.[1] ?? 0.1;
      return [o.code, { count: Math.round(share * 400), share, ci: [share - 0.04, share + 0.04] as [number, number] }];
    }),
  );
  return { answered: 400, options, top: top.map(([c]) => c) };
}

describe('a share in words', () => {
  it('picks the simplest near fraction and says whether the share is a little under or over it', () => {
    expect(approxFraction(0.891)).toEqual({ k: 9, d: 10, relation: 'almost' });
    expect(approxFraction(0.2009)).toEqual({ k: 1, d: 5, relation: 'about' });
    expect(approxFraction(0.485)).toEqual({ k: 1, d: 2, relation: 'almost' });
    expect(approxFraction(0.528)).toEqual({ k: 1, d: 2, relation: 'over' });
    expect(approxFraction(0.288)).toEqual({ k: 3, d: 10, relation: 'almost' });
    expect(approxFraction(0.05)).toEqual({ k: 1, d: 20, relation: 'about' });
    for (const edge of [0, 1, -0.1, 1.2, Number.NaN]) expect(approxFraction(edge)).toBeNull();
    expect(shareWords(1, 'uk')).toEqual({ text: '100\u00a0%', count: 100 });
  });
});

describe('«і» or «й»', () => {
  it('follows the euphony rule: «й» after a vowel, «і» after a consonant and before й, є, ї, ю, я, і', () => {
    expect(andWord('врядування', 'енергоефективність', 'uk')).toBe('й');
    expect(andWord('Волинська', 'Чернівецька', 'uk')).toBe('й');
    expect(andWord('онлайн-послуг (43 %)', 'навчання', 'uk')).toBe('і');
    expect(andWord('мама', 'ярмарок', 'uk')).toBe('і');
    expect(andWord('Electronic governance', 'Energy', 'en')).toBe('and');
    expect(joinAnd(['Електронне врядування', 'енергоефективність'], 'uk')).toBe(
      'Електронне врядування й енергоефективність',
    );
    expect(joinAnd(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });
});

describe('chart titles as findings', () => {
  it('the capital check can fail', () => {
    expect('лектронне врядування і Енергоефективність').toMatch(midCapital);
    expect('айже 9 з 10 громад мають керівника (CDTO) і ГІС-портал').not.toMatch(midCapital);
  });

  it('reads as written by hand for a sample of questions, options and shares', () => {
    expect(oneAnswerHeadline(q('needs'), 'funding', 0.891, 'uk')).toBe('Майже 9 з 10 громад бракує фінансування');
    expect(oneAnswerHeadline(q('needs'), 'funding', 0.891, 'en')).toBe('Almost 9 in 10 communities lack funding');
    expect(oneAnswerHeadline(q('needs'), 'expertise', 0.2, 'en')).toBe('1 in 5 communities lacks expertise');
    expect(oneAnswerHeadline(q('smart_strategy'), 'adopted', 0.2009, 'uk')).toBe(
      '1 з 5 громад має затверджену смарт-стратегію',
    );
    expect(oneAnswerHeadline(q('smart_strategy'), 'adopted', 0.41, 'uk')).toBe(
      'Понад 2 з 5 громад мають затверджену смарт-стратегію',
    );
    expect(oneAnswerHeadline(q('smart_strategy'), 'adopted', 0.2009, 'en')).toBe(
      '1 in 5 communities has an adopted Smart City strategy',
    );
    expect(oneAnswerHeadline(q('solutions'), 'online_admin_services', 0.591, 'uk')).toBe(
      'Майже 3 з 5 громад вже мають онлайн-адмінпослуги',
    );
    expect(oneAnswerHeadline(q('priority_areas'), 'e_governance', 0.3, 'uk')).toBe(
      'Електронне врядування — пріоритет для 3 з 10 громад',
    );
  });

  it('says a tie plainly, naming the tied answers with their shares', () => {
    const priorities = stat('priority_areas', [
      ['e_governance', 0.48],
      ['energy_efficiency', 0.42],
    ]);
    expect(questionHeadline(q('priority_areas'), priorities, 'uk')).toBe(
      nb('Найчастіші пріоритети — електронне врядування (48 %) й енергоефективність (42 %): різниця в межах похибки'),
    );
    expect(questionHeadline(q('priority_areas'), priorities, 'en')).toBe(
      'Top priorities: e-governance (48%) and energy efficiency (42%) — too close to call',
    );
    const steps = stat('first_steps', [
      ['online_services', 0.43],
      ['staff_training', 0.36],
    ]);
    expect(questionHeadline(q('first_steps'), steps, 'uk')).toBe(
      nb(
        'Громади найчастіше планують почати з онлайн-послуг (43 %) і навчання персоналу (36 %) — різниця в межах похибки',
      ),
    );
    // alternatives of a one-answer question are joined by «або» / "or" (codebook headline.join)
    const strategy = stat('smart_strategy', [
      ['in_progress', 0.39],
      ['planned', 0.33],
    ]);
    expect(questionHeadline(q('smart_strategy'), strategy, 'uk')).toBe(
      nb(
        'Громади найчастіше розробляють смарт-стратегію (39 %) або лише планують смарт-стратегію (33 %) — різниця в межах похибки',
      ),
    );
    expect(questionHeadline(q('smart_strategy'), strategy, 'en')).toBe(
      'Most often, communities are developing a Smart City strategy (39%) or only plan a Smart City strategy (33%) — too close to call',
    );
    // the sentence under the chart names them without repeating the tie
    expect(topOptionFinding(q('priority_areas'), priorities, 'uk').text).not.toMatch(/розрізня|перетина|похибк/);
  });

  it('renders every question with every option, alone and tied, in both languages: no template left, no capital mid-phrase', () => {
    for (const lang of langs) {
      for (const question of cb.questions) {
        const codes = question.options.map((o) => o.code);
        const texts = [
          ...codes.flatMap((c) => [0.05, 0.2, 0.41, 0.891].map((s) => oneAnswerHeadline(question, c, s, lang))),
          ...codes.slice(1).map((c) =>
            questionHeadline(
              question,
              stat(question.id, [
                [codes[0]!, 0.5],
                [c, 0.45],
              ]),
              lang,
            ),
          ),
          questionHeadline(
            question,
            stat(
              question.id,
              codes.map((c) => [c, 0.3] as [string, number]),
            ),
            lang,
          ),
        ];
        for (const text of texts) {
          expect(text, text).not.toMatch(/[{}|]/);
          expect(text, text).toMatch(/^\p{Lu}|^\d/u);
          expect(text, text).toMatch(/\d/);
          expect(text, text).not.toMatch(/\s{2}|\s[,.:]/);
          // a label's capital does not survive inside the sentence («і Енергоефективність»)
          expect(text.slice(1), text).not.toMatch(midCapital);
          if (lang === 'uk') expect(text, text).not.toMatch(/[аеєиіїоуюя] і [аеєиоу]/iu);
        }
      }
    }
  });

  it('names the leader, or counts the oblasts that could be first with the noun that agrees', () => {
    const oblasts = [{ iso: 'UA-46', name_uk: 'Львівська область', name_en: 'Lviv Oblast' }] as OblastAggregate[];
    const data = (leaders: string[]) => ({
      national: { leaders, leader: leaders.length === 1 ? leaders[0] : null } as NationalAggregate,
      oblasts,
      registry: registry.units as unknown as OblastUnit[],
    });
    expect(leaderHeadline(data(['UA-46']), 'uk')).toBe('Найвищий індекс смарт-готовності — Львівська область');
    const isos = registry.units.map((u) => u.iso);
    expect(leaderHeadline(data(isos.slice(0, 13)), 'uk')).toBe(
      'Явного лідера немає: 13\u00a0областей можуть бути першими',
    );
    expect(leaderHeadline(data(isos.slice(0, 2)), 'uk')).toBe(
      'Явного лідера немає: 2\u00a0області можуть бути першими',
    );
    expect(leaderHeadline(data(isos.slice(0, 21)), 'en')).toBe('No clear leader: 21\u00a0oblasts could rank first');
    expect(leaderHeadline(data([]), 'en')).toBe('No leader yet: too few answers');
  });

  it('says "over" or "almost" a fraction only when the interval leaves the fraction out', () => {
    // 52 % with an interval spanning one half: not "over 1 in 2" (a majority the data do not show)
    expect(shareWords(0.52, 'uk', [0.45, 0.59]).text).toBe('1 з 2');
    expect(shareWords(0.52, 'en', [0.45, 0.59]).text).toBe('1 in 2');
    expect(shareWords(0.53, 'uk', [0.51, 0.55]).text).toBe('понад 1 з 2');
    expect(shareWords(0.48, 'uk', [0.41, 0.55]).text).toBe('1 з 2');
    expect(shareWords(0.48, 'uk', [0.46, 0.499]).text).toBe('майже 1 з 2');
    expect(shareWords(0.52, 'uk').text).toBe('понад 1 з 2');
    const metric = cb.metrics.find((m) => m.kind === 'share' && m.question === 'has_cdto')!;
    const data = (value: number, ci: [number, number]) => {
      const national = { metrics: { [metric.id]: { value, ci } }, questions: {} } as unknown as NationalAggregate;
      return { codebook: cb, national, oblasts: [], registry: registry.units as unknown as OblastUnit[] };
    };
    expect(metricHeadline(data(0.52, [0.45, 0.59]), metric, 'uk')).toMatch(/^1 з 2 громад має /);
    expect(metricHeadline(data(0.53, [0.51, 0.55]), metric, 'en')).toMatch(/^Over 1 in 2 communities /);
  });
});

describe('ranking tiers', () => {
  it('leading when it could be first, trailing when it could be last and not first, else the middle', () => {
    expect(tierOf([1, 13], 23)).toBe('leading');
    expect(tierOf([1, 23], 23)).toBe('leading');
    expect(tierOf([2, 23], 23)).toBe('trailing');
    expect(tierOf([2, 20], 23)).toBe('middle');
  });

  it('draws on an axis of round tens that holds every interval', () => {
    expect(niceAxis(16.8, 81.2)).toEqual({ from: 10, to: 90, ticks: [10, 20, 30, 40, 50, 60, 70, 80, 90] });
    expect(niceAxis(-3, 104).from).toBe(0);
    expect(niceAxis(-3, 104).to).toBe(100);
  });
});
