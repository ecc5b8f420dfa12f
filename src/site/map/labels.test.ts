// Label placement is worked out once per set of names and reused by every map drawn with them.
import { describe, expect, it } from 'vitest';
import { mapLayout } from './layout.ts';
import { placeLabels } from './labels.ts';
import type { RegionDatum } from './render.ts';
import registry from '../../../data/oblasts.json' with { type: 'json' };

const layout = mapLayout();
const regions = (lang: 'uk' | 'en', fill: string): RegionDatum[] =>
  registry.units.map((u) => ({
    iso: u.iso,
    name: u[`name_${lang}`],
    short: u[`short_${lang}`],
    abbr: u[`map_abbr_${lang}`] ?? null,
    code: u.map_code[lang],
    fill,
    ink: '#1a1a1a',
    classKey: fill,
    status: 'ok',
    raw: '0.5',
    valueText: '50%',
    ciText: null,
    respondentsText: '10',
    label: u.iso,
  }));
const where = (placed: ReturnType<typeof placeLabels>) => placed.map(({ region, ...p }) => ({ iso: region.iso, ...p }));

describe('placeLabels', () => {
  it('places the same names in the same spots on another map, carrying that map’s own data', () => {
    const first = placeLabels(layout, regions('uk', '#111111'), false);
    const second = placeLabels(layout, regions('uk', '#222222'), false);
    expect(where(second)).toEqual(where(first));
    expect(second.length).toBeGreaterThan(20);
    expect(second.every((p) => p.region.fill === '#222222')).toBe(true);
  });

  it('answers each set of names as a fresh search does, whatever it answered before', () => {
    const variants: Parameters<typeof placeLabels>[] = [
      [layout, regions('uk', '#111111'), false],
      [layout, regions('en', '#111111'), false],
      [layout, regions('uk', '#111111'), true],
      [layout, regions('uk', '#111111'), true, { 'UA-30': 'Київ', 'UA-40': 'Севастополь' }],
    ];
    const remembered = variants.map((v) => where(placeLabels(...v)));
    // A copy of the layout is another key: its labels are searched for anew.
    variants.forEach(([, r, compact, names], i) =>
      expect(remembered[i]).toEqual(where(placeLabels({ ...layout }, r, compact, names))),
    );
    expect(remembered[1]).not.toEqual(remembered[0]);
    expect(remembered[2]).not.toEqual(remembered[0]);
  });
});
