import { describe, expect, it } from 'vitest';
import type { OblastAggregate } from '../../contract/types.ts';
import { aggregate, assignRanks } from './aggregate.ts';
import { project, record } from '../../../tests/support/survey.ts';

const opts = { codebook: project.codebook.codebook, units: project.units, minRespondents: 3, confidence: 0.95 };
type Answers = Record<string, string[] | null>;
const base: Answers = {
  smart_strategy: ['adopted'],
  priority_areas: ['transport'],
  needs: null,
  first_steps: null,
  solutions: null,
  has_cdto: null,
};
let row = 2;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const r = (oblast: string, answers: Answers = {}) => record(oblast, { ...base, ...answers }, row++);

describe('aggregate', () => {
  it('lists all 27 units in registry order, with no_data / insufficient / ok', () => {
    const records = [r('UA-32'), r('UA-32'), r('UA-32'), r('UA-46')];
    const { oblasts, national } = aggregate(records, opts);
    expect(oblasts.map((o) => o.iso)).toEqual(project.units.map((u) => u.iso));
    const status = Object.fromEntries(oblasts.map((o) => [o.iso, o.status]));
    expect(status['UA-32']).toBe('ok');
    expect(status['UA-46']).toBe('insufficient');
    expect(status['UA-05']).toBe('no_data');
    expect(national).toMatchObject({ respondents: 4, oblasts_covered: 2, oblasts_ranked: 1, leader: 'UA-32' });
    expect(aggregate(records, { ...opts, minRespondents: 1 }).national.oblasts_ranked).toBe(2);
  });

  it('counts shares over respondents who answered; an empty optional answer is missing, not zero', () => {
    const records = [
      r('UA-32', { needs: ['funding'] }),
      r('UA-32', { needs: ['expertise'] }),
      r('UA-32', { needs: null }),
    ];
    const kyiv = aggregate(records, opts).oblasts.find((o) => o.iso === 'UA-32')!;
    expect(kyiv.questions.needs!.answered).toBe(2);
    expect(kyiv.questions.needs!.options.funding).toMatchObject({ count: 1, share: 0.5 });
    expect(kyiv.metrics.need_funding).toMatchObject({ value: 0.5, n: 2, count: 1 });
    expect(kyiv.metrics.need_funding!.ci![0]).toBeCloseTo(0.0945, 4);
    expect(kyiv.questions.has_cdto).toEqual({
      answered: 0,
      options: { yes: { count: 0, share: null, ci: null }, no: { count: 0, share: null, ci: null } },
      top: [],
    });
    expect(kyiv.metrics.has_cdto).toMatchObject({ value: null, ci: null, n: 0 });
  });

  it('computes a share over several codes once per respondent', () => {
    const records = [
      r('UA-32'),
      r('UA-32', { smart_strategy: ['in_progress'] }),
      r('UA-32', { smart_strategy: ['none'] }),
    ];
    const m = aggregate(records, opts).national.metrics;
    expect(m.strategy_any).toMatchObject({ count: 2, n: 3 });
    expect(m.strategy_any!.value).toBeCloseTo(2 / 3, 6);
  });

  it('picks the most-chosen option as mode, breaking ties by codebook order', () => {
    const records = [
      r('UA-32', { priority_areas: ['education', 'transport'] }),
      r('UA-32', { priority_areas: ['education', 'transport'] }),
      r('UA-32', { priority_areas: ['tourism'] }),
    ];
    // transport comes before education in the codebook
    expect(aggregate(records, opts).national.metrics.top_priority).toMatchObject({
      value: 'transport',
      count: 2,
      n: 3,
    });
  });

  it('ranks units with status ok by the index; equal values share a rank; shared first place has no leader', () => {
    const strong = { smart_strategy: ['adopted'], has_cdto: ['yes'] };
    const weak = { smart_strategy: ['none'], has_cdto: ['no'] };
    const records = [
      ...[1, 2, 3].map(() => r('UA-05', strong)),
      ...[1, 2, 3].map(() => r('UA-07', strong)),
      ...[1, 2, 3].map(() => r('UA-09', weak)),
      r('UA-12', strong),
    ];
    const { oblasts, national } = aggregate(records, opts);
    const rank = Object.fromEntries(oblasts.map((o) => [o.iso, o.rank]));
    expect([rank['UA-05'], rank['UA-07'], rank['UA-09'], rank['UA-12']]).toEqual([1, 1, 3, null]);
    expect(national.leader).toBeNull();
    expect(national.leaders).toEqual(['UA-05', 'UA-07']);
    expect([oblasts[0]!.rank_range, oblasts[2]!.rank_range, oblasts[3]!.rank_range]).toEqual([[1, 2], [3, 3], null]);
    expect(oblasts[0]!.metrics.smart_readiness_index).toMatchObject({
      value: 100,
      n: 3,
      components: { strategy: 1, cdto: 1, solutions: null },
    });
  });

  it('ranks on the index as published: values that show as the same whole number share a rank', () => {
    const unit = (iso: string, value: number | null, status: OblastAggregate['status'] = 'ok') =>
      ({ iso, status, rank: null, metrics: { idx: { value, ci: null, n: 5 } } }) as unknown as OblastAggregate;
    const oblasts = [
      unit('A', 63.8),
      unit('B', 64.2),
      unit('C', 71.49),
      unit('D', 70.5),
      unit('E', 90, 'insufficient'),
      unit('F', null),
    ];
    expect(assignRanks(oblasts, 'idx', 0)).toBeNull(); // 71.49 and 70.5 both read 71
    expect(Object.fromEntries(oblasts.map((o) => [o.iso, o.rank]))).toEqual({
      A: 3,
      B: 3,
      C: 1,
      D: 1,
      E: null,
      F: null,
    });
    const [a, b] = [unit('A', 63.8), unit('B', 64.2)];
    expect(assignRanks([a, b], 'idx', 1)).toBe('B');
    expect([a.rank, b.rank]).toEqual([2, 1]);
  });

  it('names one leader only when its interval clears the runner-up; otherwise the leading group', () => {
    const strong = { smart_strategy: ['adopted'], has_cdto: ['yes'], solutions: ['e_petitions', 'city_app'] };
    const mixed = (i: number) => ({
      smart_strategy: [i % 2 ? 'adopted' : 'none'],
      has_cdto: [i % 3 ? 'yes' : 'no'],
      solutions: ['e_petitions'],
    });
    const clear = aggregate(
      [
        ...Array.from({ length: 12 }, () => r('UA-05', strong)),
        ...Array.from({ length: 12 }, (_, i) => r('UA-07', mixed(i))),
      ],
      opts,
    );
    expect(clear.national).toMatchObject({ leader: 'UA-05', leaders: ['UA-05'] });
    expect(clear.oblasts.find((o) => o.iso === 'UA-05')!.rank_range).toEqual([1, 1]);
    expect(clear.oblasts.find((o) => o.iso === 'UA-07')!.rank_range).toEqual([2, 2]);
    // one respondent fewer on each side of a near-even split: the intervals overlap
    const tied = aggregate(
      [
        ...Array.from({ length: 4 }, (_, i) => r('UA-05', mixed(i + 1))),
        ...Array.from({ length: 4 }, (_, i) => r('UA-07', mixed(i))),
      ],
      opts,
    );
    expect(tied.national.leader).toBeNull();
    expect(tied.national.leaders).toHaveLength(2);
    expect(tied.oblasts.filter((o) => o.rank_range !== null).map((o) => o.rank_range)).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('gives the top direction its share, interval and whether the runner-up lies inside it', () => {
    const p = (codes: string[]) => r('UA-32', { priority_areas: codes });
    const near = aggregate([p(['transport']), p(['transport']), p(['education']), p(['tourism'])], opts);
    const top = near.national.metrics.top_priority!;
    expect(top).toMatchObject({ value: 'transport', count: 2, n: 4, share: 0.5, runner_up: 'education' });
    expect(top.ci![0]).toBeLessThan(0.25);
    expect(top.near_tie).toBe(true);
    const clear = aggregate(
      Array.from({ length: 40 }, (_, i) => p(i < 36 ? ['transport'] : ['education'])),
      opts,
    ).national.metrics.top_priority!;
    expect(clear).toMatchObject({ value: 'transport', share: 0.9, runner_up: 'education', near_tie: false });
    const empty = aggregate([r('UA-32', { needs: null })], opts).national;
    expect(empty.questions.needs!.top).toEqual([]);
  });

  it('lists the leading options of a question: one when it clears the rest, a group when not', () => {
    const n = (codes: string[]) => r('UA-32', { needs: codes });
    const clear = aggregate(
      [...Array.from({ length: 30 }, () => n(['funding'])), ...Array.from({ length: 5 }, () => n(['partners']))],
      opts,
    ).national.questions.needs!;
    expect(clear.top).toEqual(['funding']);
    const tied = aggregate([n(['funding', 'expertise']), n(['funding']), n(['expertise']), n(['partners'])], opts)
      .national.questions.needs!;
    expect(tied.top).toEqual(['funding', 'expertise', 'partners']);
  });

  it('gives each unit its communities_total and coverage; none where the registry has no total', () => {
    const { oblasts, national } = aggregate([r('UA-32'), r('UA-32'), r('UA-30')], opts);
    const kyivOblast = oblasts.find((o) => o.iso === 'UA-32')!;
    expect(kyivOblast).toMatchObject({ communities_total: 69, coverage: round6(2 / 69) });
    expect(kyivOblast.metrics.coverage).toMatchObject({ value: round6(2 / 69), n: 2 });
    expect(oblasts.find((o) => o.iso === 'UA-30')).toMatchObject({ communities_total: null, coverage: null });
    expect(national.communities_total).toBe(1469);
    expect(national.metrics.coverage!.value).toBe(round6(3 / 1469));
  });

  it('breaks down by population band and type; an empty group is no_data with no shares', () => {
    const big = { ...r('UA-32'), population: 80000, community: 'Білоцерківська міська громада' };
    const small = {
      ...r('UA-32', { smart_strategy: ['none'] }),
      population: 4000,
      community: 'Пісківська селищна громада',
    };
    const unknown = { ...r('UA-32'), population: null, community: 'Громада без типу' };
    const b = aggregate([big, small, unknown], opts).national.breakdowns;
    expect(b.population_class!.groups.large).toMatchObject({ respondents: 1, status: 'insufficient' });
    expect(b.population_class!.groups.medium).toMatchObject({ respondents: 0, status: 'no_data' });
    expect(b.population_class!.groups.medium!.questions.smart_strategy!.options.adopted).toEqual({
      count: 0,
      share: null,
      ci: null,
    });
    expect(b.population_class!.unclassified).toBe(1);
    expect(b.community_type!.groups.settlement!.questions.smart_strategy!.options.none!.count).toBe(1);
    expect(b.community_type!.unclassified).toBe(1);
  });

  it('sorts communities by registry order, then name', () => {
    const records = [r('UA-46'), r('UA-05'), r('UA-05')];
    records[1]!.community = 'Ясна';
    records[2]!.community = 'Бар';
    const list = aggregate(records, opts).communities;
    expect(list.map((c) => [c.oblast, c.community])).toEqual([
      ['UA-05', 'Бар'],
      ['UA-05', 'Ясна'],
      ['UA-46', records[0]!.community],
    ]);
  });
});

describe('aggregate: profile figures', () => {
  it('gives each unit its breakdown groups and the rest of the country, and each community its groups', () => {
    const records = [
      { ...r('UA-32'), population: 5000, community: 'Баришівська селищна громада' },
      { ...r('UA-32'), population: 60000, community: 'Бучанська міська громада' },
      { ...r('UA-46', { smart_strategy: ['none'] }), population: 5000 },
    ];
    const { oblasts, communities } = aggregate(records, opts);
    const kyiv = oblasts.find((o) => o.iso === 'UA-32')!;
    expect(kyiv.breakdowns.population_class!.small!.respondents).toBe(1);
    expect(kyiv.breakdowns.population_class!.large!.respondents).toBe(1);
    expect(kyiv.breakdowns.population_class!.medium).toMatchObject({ respondents: 0, status: 'no_data' });
    expect(kyiv.rest.smart_strategy!.answered).toBe(1);
    expect(kyiv.rest.smart_strategy!.options.none!.count).toBe(1);
    expect(communities.find((c) => c.community.startsWith('Бучанська'))!.groups).toEqual({
      community_type: 'city',
      population_class: 'large',
    });
  });
});
