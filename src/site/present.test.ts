import { describe, expect, it } from 'vitest';
import codebook from '../../data/codebook.json' with { type: 'json' };
import type { Codebook, OblastAggregate, OblastUnit, QuestionStat } from '../contract/types.ts';
import registry from '../../data/oblasts.json' with { type: 'json' };
import { byUnitName, communitiesByOblast, findMetric, questionRows, rankingRows, unitName } from './present.ts';

const cb = codebook as Codebook;
const strategy = cb.questions.find((q) => q.id === 'smart_strategy')!;
const stat: QuestionStat = {
  answered: 10,
  options: {
    adopted: { count: 1, share: 0.1, ci: [0.02, 0.4] },
    in_progress: { count: 5, share: 0.5, ci: [0.24, 0.76] },
    planned: { count: 4, share: 0.4, ci: [0.17, 0.69] },
    none: { count: 0, share: 0, ci: [0, 0.28] },
  },
  top: ['in_progress', 'planned', 'adopted'],
};

function unit(
  iso: string,
  name: string,
  status: OblastAggregate['status'],
  rank: number | null,
  value: number | null,
): OblastAggregate {
  return {
    iso,
    name_uk: name,
    name_en: name,
    respondents: status === 'no_data' ? 0 : status === 'insufficient' ? 2 : 10,
    status,
    rank,
    rank_range: rank === null ? null : [rank, rank],
    communities_total: 50,
    rest: {},
    breakdowns: {},
    coverage: 0.2,
    questions: {},
    metrics: { smart_readiness_index: { value, ci: value === null ? null : [value - 5, value + 5], n: 10 } },
  };
}

describe('questionRows', () => {
  it('sorts by share, largest first, with labels in the page language', () => {
    expect(questionRows(strategy, stat, 'en').map((r) => r.label)).toEqual([
      'In progress',
      'Planned',
      'Adopted',
      'None',
    ]);
  });
  it('keeps codebook order when asked', () => {
    expect(questionRows(strategy, stat, 'uk', 'codebook').map((r) => r.code)).toEqual([
      'adopted',
      'in_progress',
      'planned',
      'none',
    ]);
  });
});

describe('rankingRows', () => {
  it('lists ranked units by rank, then insufficient, then no data', () => {
    const rows = rankingRows(
      [
        unit('UA-01', 'Б', 'no_data', null, null),
        unit('UA-02', 'В', 'ok', 2, 50),
        unit('UA-03', 'Г', 'insufficient', null, 70),
        unit('UA-04', 'А', 'ok', 1, 60),
      ],
      'smart_readiness_index',
      'uk',
    );
    expect(rows.map((r) => r.iso)).toEqual(['UA-04', 'UA-02', 'UA-03', 'UA-01']);
    expect(rows[0]!.valueText).toBe('60');
    expect(rows[3]!.valueText).toBe('—');
    // an estimate from too few respondents is not shown
    expect(rows[2]).toMatchObject({ iso: 'UA-03', value: null, valueText: '—', ci: null });
  });
});

describe('communitiesByOblast', () => {
  it('groups communities under their oblast, skipping oblasts without any', () => {
    const registry = [
      { iso: 'UA-46', name_uk: 'Львівська область', name_en: 'Lviv Oblast' },
      { iso: 'UA-07', name_uk: 'Волинська область', name_en: 'Volyn Oblast' },
      { iso: 'UA-43', name_uk: 'Автономна Республіка Крим', name_en: 'Crimea' },
    ] as OblastUnit[];
    const c = (community: string, oblast: string) => ({
      respondent_id: community,
      community,
      oblast,
      population: null,
      lat: null,
      lon: null,
      groups: {},
    });
    const groups = communitiesByOblast(
      [c('Стрийська', 'UA-46'), c('Бродівська', 'UA-46'), c('Ковельська', 'UA-07')],
      registry,
      'uk',
    );
    expect(groups).toEqual([
      { iso: 'UA-07', name: 'Волинська область', communities: ['Ковельська'] },
      { iso: 'UA-46', name: 'Львівська область', communities: ['Бродівська', 'Стрийська'] },
    ]);
  });
});

describe('findMetric', () => {
  it('names the bad id and lists the valid ones', () => {
    expect(() => findMetric(cb, 'nope', 'content/uk/x.mdx')).toThrow(
      /content\/uk\/x.mdx: unknown metric id "nope"; valid ids: respondents, strategy_adopted/,
    );
  });
});

describe('byUnitName', () => {
  const units = (registry as { units: OblastUnit[] }).units;
  const names = (lang: 'uk' | 'en') => [...units].sort(byUnitName(lang)).map((u) => unitName(u, lang));

  it('lists the registry alphabetically in Ukrainian, not by ISO code', () => {
    const uk = names('uk');
    expect(uk).toHaveLength(27);
    expect(uk[0]).toBe('Автономна Республіка Крим');
    // ISO order would put Luhansk (UA-09) third; the alphabet puts it after Kirovohrad.
    expect(uk.indexOf('Луганська область')).toBe(uk.indexOf('Кіровоградська область') + 1);
    expect(uk.at(-1)).toBe('Чернігівська область');
  });

  it('lists the registry alphabetically in English on English pages', () => {
    const en = names('en');
    expect(en[0]).toMatch(/^Autonomous Republic of Crimea/);
    expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
