import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSiteData } from '../data.ts';
import { profileView } from './view.ts';
import { tierOf } from './standing.ts';
import { communityAnchor, communityRows } from './community-rows.ts';
import { profileCsv, profileJson } from './downloads.ts';

const site = readSiteData(fileURLToPath(new URL('../../../tests/fixtures/generated/', import.meta.url)));

describe('profileView', () => {
  it('is worked out once per published set, unit and language', () => {
    expect(profileView(site, 'UA-46', 'en')).toBe(profileView(site, 'UA-46', 'en'));
    expect(profileView(site, 'UA-46', 'uk')).not.toBe(profileView(site, 'UA-46', 'en'));
    const other = { ...site, oblasts: site.oblasts.map((o) => ({ ...o })) };
    expect(profileView(other, 'UA-46', 'en')).not.toBe(profileView(site, 'UA-46', 'en'));
    expect(profileView(other, 'UA-46', 'en')).toEqual(profileView(site, 'UA-46', 'en'));
  });

  it('gives a ranked oblast its index, possible ranks, tier and a sentence no stronger than the interval', () => {
    const v = profileView(site, 'UA-46', 'en');
    expect(v.name).toBe('Lviv Oblast');
    expect(v.withheld).toBeNull();
    // fixture: rank range 1–15 of 22 and one of the leading group
    expect(v.standing).toMatchObject({
      ranksText: '1–15',
      ofText: 'of 22 (the units with enough answers to rank)',
      tier: 'top',
    });
    expect(v.standing!.sentence).toMatch(
      /^Lviv Oblast: index \d+ \(95% interval \d+–\d+\)\. .*from 1 to 15 of 22 — it is among the oblasts that could be first\.$/,
    );
    expect(v.coverage).toBe('7 of the oblast’s 73 territorial communities answered (10%).');
  });

  it('compares every question with the rest of the country and marks only differences whose interval excludes 0', () => {
    const v = profileView(site, 'UA-46', 'uk');
    expect(v.questions.map((q) => q.id)).toEqual(
      site.codebook.questions
        .map((q) => q.id)
        .filter((id) => site.oblasts.find((o) => o.iso === 'UA-46')!.questions[id]!.answered > 0),
    );
    const o = site.oblasts.find((x) => x.iso === 'UA-46')!;
    for (const q of v.questions)
      for (const r of q.rows) {
        const rest = o.rest[q.id]!.options[r.code]!;
        expect(r.compare).toBe(rest.compare);
        expect(r.mark === '').toBe(rest.compare === 'unclear');
        if (rest.difference)
          expect(rest.compare === 'unclear').toBe(rest.difference[0] <= 0 && rest.difference[1] >= 0);
      }
  });

  it('withholds every share of an oblast below the threshold and says so; shows coverage and communities', () => {
    const v = profileView(site, 'UA-21', 'uk');
    expect(v.standing).toBeNull();
    expect(v.questions).toEqual([]);
    expect(v.sizes).toBeNull();
    expect(v.withheld).toMatch(/^Відповіли лише 2 громади — менше за 3/);
    expect(v.communities.map((c) => c.name)).toEqual(['Громада 6']);
    const none = profileView(site, 'UA-09', 'en');
    expect(none.withheld).toMatch(/No community here answered/);
    expect(none.communities).toEqual([]);
  });

  it('reads tiers off the possible ranks', () => {
    expect(tierOf([1, 5], false, 20)).toBe('top');
    expect(tierOf([3, 20], false, 20)).toBe('bottom');
    expect(tierOf([1, 20], true, 20)).toBe('open');
    expect(tierOf([4, 12], false, 20)).toBe('middle');
  });
});

describe('community rows', () => {
  it('spell names in Latin on English pages, with type and band, and give unique anchors', () => {
    const communities = [
      {
        respondent_id: 'a',
        community: 'Знам’янська міська громада',
        oblast: 'UA-35',
        population: 30000,
        lat: null,
        lon: null,
        groups: { community_type: 'city', population_class: 'medium' },
      },
      {
        respondent_id: 'b',
        community: "Знам'янська міська громада",
        oblast: 'UA-35',
        population: null,
        lat: null,
        lon: null,
        groups: { community_type: 'city', population_class: null },
      },
    ];
    const rows = communityRows(communities, site.codebook, 'UA-35', 'en');
    expect(rows.map((r) => [r.latin, r.typeText, r.sizeText, r.anchor])).toEqual([
      ['Znamianska miska hromada', 'City', 'Medium (10,000–49,999)', 'h-znamianska-miska-hromada'],
      ['Znamianska miska hromada', 'City', 'unknown', 'h-znamianska-miska-hromada-2'],
    ]);
    expect(communityAnchor('Громада 14')).toBe('h-hromada-14');
  });
});

describe('profile downloads', () => {
  it('CSV: the notice on every row, a row per answer with both sides and the difference; one status row when withheld', () => {
    const o = site.oblasts.find((x) => x.iso === 'UA-46')!;
    const lines = profileCsv(o, site.codebook, site.dataset)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const options = site.codebook.questions.reduce((n, q) => n + q.options.length, 0);
    expect(lines).toHaveLength(1 + options);
    expect(lines[0]).toMatch(
      /^data_notice,iso,oblast_uk,oblast_en,status,respondents,communities_total,coverage_percent,index,.*,possible_rank_worst,question,.*difference_pp_ci95_high,difference_clear$/,
    );
    const withheld = profileCsv(
      site.oblasts.find((x) => x.iso === 'UA-21')!,
      site.codebook,
      site.dataset,
    )
      .trim()
      .split(/\r?\n/);
    expect(withheld).toHaveLength(2);
    // A withheld unit still gives its respondents, communities and coverage, and nothing else.
    const o21 = site.oblasts.find((x) => x.iso === 'UA-21')!;
    expect(withheld[1]).toMatch(
      new RegExp(`UA-21,.*,insufficient,${o21.respondents},${o21.communities_total},[\\d.]+,+$`),
    );
  });

  it('JSON: says it is illustrative first; a withheld unit has no metrics or questions', () => {
    const json = JSON.parse(
      profileJson(
        site.oblasts.find((x) => x.iso === 'UA-21')!,
        site.communities,
        site.dataset,
      ),
    );
    expect(Object.keys(json).slice(0, 2)).toEqual(['illustrative', 'notice']);
    expect(json.data).not.toHaveProperty('questions');
    expect(json.data).not.toHaveProperty('metrics');
    expect(json.data.communities).toEqual([
      expect.objectContaining({ community: 'Громада 6', community_latin: 'Hromada 6' }),
    ]);
    // A ranked unit: its possible ranks, never a point rank that reads as "ranked first".
    const lviv = JSON.parse(
      profileJson(
        site.oblasts.find((x) => x.iso === 'UA-46')!,
        site.communities,
        site.dataset,
      ),
    );
    expect(lviv.data).not.toHaveProperty('rank');
    expect(lviv.data.rank_range).toHaveLength(2);
  });
});

describe('differenceInterval', () => {
  it("keeps a clear difference from reading as touching 0 (the reviewer's Kherson and Lviv rows)", async () => {
    const { differenceInterval } = await import('./questions.ts');
    expect(differenceInterval([0.002, 0.569], 'en')).toBe('0.2–56.9');
    expect(differenceInterval([-0.352, -0.004], 'en')).toBe('−35.2\u00a0– −0.4');
    expect(differenceInterval([0.05, 0.39], 'en')).toBe('5–39');
    expect(differenceInterval([-0.003, 0.2], 'en')).toBe('0\u00a0– 20');
  });
});
