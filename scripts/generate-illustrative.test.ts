import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createOblastMatcher } from '../src/ingest/oblast/normalize.ts';
import type { Codebook, OblastUnit, Question } from '../src/contract/types.ts';
import { DEFAULT_SEED, HEADER, generateIllustrativeCsv, parseCommunities } from './generate-illustrative.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const codebook = JSON.parse(read('data/codebook.json')) as Codebook;
const units = (JSON.parse(read('data/oblasts.json')) as { units: OblastUnit[] }).units;
const communities = parseCommunities(read('data/communities/communities.csv'));
const csv = generateIllustrativeCsv(communities, codebook, units, DEFAULT_SEED);
const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

const fold = (s: string) => s.trim().toLowerCase().replace(/[’ʼ`]/g, "'");
/** Cell → codes, or null for a value the codebook does not know. */
function resolve(q: Question, cellText: string): string[] | null {
  const codes: string[] = [];
  for (const part of cellText.split('|')) {
    const hit = q.options.find((o) =>
      [o.code, o.label.uk, o.label.en, ...(o.aliases ?? [])].some((s) => fold(s) === fold(part)),
    );
    if (!hit) return null;
    codes.push(hit.code);
  }
  return codes;
}
const byOblast = (iso: string) => communities.filter((c) => c.oblast === iso);

describe('communities list', () => {
  const box = (id: string) => codebook.fields.find((f) => f.id === id) as { min: number; max: number };

  it('holds 300–450 communities, each in a known oblast and inside Ukraine’s box', () => {
    expect(communities.length).toBeGreaterThanOrEqual(300);
    expect(communities.length).toBeLessThanOrEqual(450);
    const isos = new Set(units.map((u) => u.iso));
    for (const c of communities) {
      expect(isos.has(c.oblast), `${c.community}: ${c.oblast}`).toBe(true);
      expect(c.lat).toBeGreaterThanOrEqual(box('lat').min);
      expect(c.lat).toBeLessThanOrEqual(box('lat').max);
      expect(c.lon).toBeGreaterThanOrEqual(box('lon').min);
      expect(c.lon).toBeLessThanOrEqual(box('lon').max);
      expect(c.community).toMatch(/ (міська|селищна|сільська) громада$/);
    }
  });

  it('covers all 24 oblasts, leaves Crimea, Sevastopol and Kyiv city empty, Luhansk under the threshold', () => {
    for (const u of units.filter((x) => x.kind === 'oblast')) expect(byOblast(u.iso).length, u.iso).toBeGreaterThan(0);
    for (const iso of ['UA-43', 'UA-40', 'UA-30']) expect(byOblast(iso)).toEqual([]);
    expect(byOblast('UA-09').length).toBeLessThan(codebook.thresholds.min_respondents);
  });

  it('has no community named twice within one oblast', () => {
    const keys = communities.map((c) => `${c.oblast} ${c.community}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('generateIllustrativeCsv', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    expect(generateIllustrativeCsv(communities, codebook, units, DEFAULT_SEED)).toBe(csv);
    expect(generateIllustrativeCsv(communities, codebook, units, DEFAULT_SEED + 1)).not.toBe(csv);
  });

  it('matches the committed export (regenerate with `npm run data:illustrative`)', () => {
    expect(read('data/survey/illustrative-export.csv')).toBe(csv);
  });

  it('writes the contract header and one row per community with unique ids', () => {
    expect(csv.split('\n')[0]).toBe(HEADER.join(','));
    expect(rows).toHaveLength(communities.length);
    expect(new Set(rows.map((r) => r.respondent_id)).size).toBe(rows.length);
    expect(rows[0]?.respondent_id).toBe('R0001');
  });

  it('gives every row an oblast spelling the pipeline maps back to the community’s oblast', () => {
    const matcher = createOblastMatcher(units);
    const home = new Map(communities.map((c) => [`${c.community}|${c.lat}`, c.oblast]));
    let variants = 0;
    for (const r of rows) {
      expect(matcher.match(r.oblast ?? ''), r.oblast).toBe(home.get(`${r.community}|${Number(r.lat)}`));
      if (!units.some((u) => u.name_uk === r.oblast)) variants++;
    }
    expect(variants / rows.length).toBeGreaterThan(0.04);
    expect(variants / rows.length).toBeLessThan(0.2);
  });

  it('answers only with codebook values, required questions always answered', () => {
    for (const r of rows) {
      for (const q of codebook.questions) {
        const text = r[q.id] ?? '';
        if (text === '') {
          expect(q.required, `${r.respondent_id} ${q.id}`).toBe(false);
          continue;
        }
        const codes = resolve(q, text);
        expect(codes, `${r.respondent_id} ${q.id}: ${text}`).not.toBeNull();
        if (q.type !== 'multi') expect(codes).toHaveLength(1);
      }
    }
  });

  it('leaves some optional cells empty, as real exports do', () => {
    for (const id of ['needs', 'solutions', 'has_cdto', 'population']) {
      const empty = rows.filter((r) => (r[id] ?? '') === '').length / rows.length;
      expect(empty, id).toBeGreaterThan(0.01);
      expect(empty, id).toBeLessThan(0.15);
    }
  });

  it('tells a varied story: funding is the top need, top priorities differ by oblast', () => {
    const q = (id: string) => codebook.questions.find((x) => x.id === id) as Question;
    const needCounts = new Map<string, number>();
    const topByOblast = new Map<string, Map<string, number>>();
    const home = new Map(communities.map((c) => [`${c.community}|${c.lat}`, c.oblast]));
    for (const r of rows) {
      for (const code of resolve(q('needs'), r.needs ?? '') ?? [])
        needCounts.set(code, (needCounts.get(code) ?? 0) + 1);
      const iso = home.get(`${r.community}|${Number(r.lat)}`) ?? '';
      const counts = topByOblast.get(iso) ?? new Map<string, number>();
      for (const code of resolve(q('priority_areas'), r.priority_areas ?? '') ?? [])
        counts.set(code, (counts.get(code) ?? 0) + 1);
      topByOblast.set(iso, counts);
    }
    const [topNeed] = [...needCounts].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(topNeed).toBe('funding');
    const tops = new Set(
      [...topByOblast]
        .filter(([iso]) => byOblast(iso).length >= codebook.thresholds.min_respondents)
        .map(([, counts]) => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]),
    );
    expect(tops.size).toBeGreaterThanOrEqual(3);
  });
});
