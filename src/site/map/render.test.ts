import { describe, expect, it } from 'vitest';
import { mapLayout, fitLabel } from './layout.ts';
import { mapLabelSets, renderMap, type PagePaint, type RegionDatum } from './render.ts';
import { renderGeometryDefs } from './defs.ts';
import registry from '../../../data/oblasts.json' with { type: 'json' };

const layout = mapLayout();
type PageOptions = Omit<PagePaint, 'kind'> & { labels: boolean };
const renderMapSvg = (l: typeof layout, regions: RegionDatum[], { labels, ...paint }: PageOptions) =>
  renderMap(l, regions, { labels, paint: { kind: 'page', ...paint } });

function datum(iso: string, extra: Partial<RegionDatum> = {}): RegionDatum {
  const unit = registry.units.find((u) => u.iso === iso)!;
  return {
    iso,
    name: unit.name_en,
    short: unit.short_en,
    abbr: unit.map_abbr_en ?? null,
    code: unit.map_code.en,
    fill: '#41b6c4',
    ink: '#1a1a1a',
    classKey: 'c2',
    status: 'ok',
    valueText: '50%',
    ciText: '40–60%',
    respondentsText: '10 respondents',
    label: `${unit.name_en}: 50%`,
    ...extra,
  };
}
const regions = registry.units.map((u) => datum(u.iso));

describe('mapLayout', () => {
  it('has a path for every unit and a landscape viewBox', () => {
    expect(layout.regions).toHaveLength(27);
    for (const r of layout.regions) expect(r.d, r.iso).toMatch(/^M[\d.,LZM-]+$/);
    expect(layout.width).toBe(1000);
    expect(layout.height).toBeGreaterThan(600);
  });

  it('puts the Kyiv marker on the city and the Sevastopol marker off the coast, inside the viewBox', () => {
    const [kyiv, sevastopol] = layout.callouts;
    expect(kyiv!.at).toEqual(kyiv!.origin);
    expect(sevastopol!.at[0]).toBeLessThan(sevastopol!.origin[0] - 20);
    for (const c of layout.callouts) {
      expect(c.at[0] - c.r).toBeGreaterThan(0);
      expect(c.at[1] + c.r).toBeLessThan(layout.height);
    }
  });

  it('fits a short label in a big oblast but not a long one in Kyiv city', () => {
    const shapes = new Map(layout.regions.map((r) => [r.iso, r]));
    expect(fitLabel(shapes.get('UA-12')!, 80, 14)).not.toBeNull();
    expect(fitLabel(shapes.get('UA-30')!, 80, 14)).toBeNull();
  });
});

describe('renderMapSvg', () => {
  const svg = renderMapSvg(layout, regions, {
    id: 'm1',
    title: 'Title',
    hint: 'Use arrow keys',
    labels: true,
    calloutNames: { 'UA-30': 'Kyiv' },
  });

  it('renders 27 focusable regions, one tab stop, each with its shape, class and accessible name', () => {
    const gs = [...svg.matchAll(/<g ([^>]*)><use href="#uamap-(UA-\d\d)"\/>/g)].map((m) => m[1]!);
    expect(gs).toHaveLength(27);
    expect(new Set([...svg.matchAll(/<g [^>]*><use href="#uamap-(UA-\d\d)"/g)].map((m) => m[1])).size).toBe(27);
    expect(gs.filter((g) => g.includes('tabindex="0"'))).toHaveLength(1);
    for (const g of gs) {
      // The class key alone: map.css fills the region by it (no colour attribute, no data attributes).
      expect(g).toMatch(/^class="c2" tabindex/);
      expect(g).toMatch(/role="button" aria-label="[^"]+: 50%"/);
      // the tooltip reads its facts from the map's table: none repeated per region
      expect(g).not.toMatch(/data-(?:name|text|ci|n)=/);
    }
    expect(svg).not.toContain('<title>');
    // Colours are the stylesheet's: no region shape or marker carries a fill.
    expect(svg).not.toMatch(/<(?:use href="#uamap-UA|circle)[^>]*fill=/);
  });

  it('references the shared geometry instead of repeating it', () => {
    // no shape of its own: the one path drawn here is the label leaders' (a few straight lines)
    expect((svg.match(/ d="[^"]*"/g) ?? []).every((d) => /^ d="(M[\d.]+ [\d.]+L[\d.]+ [\d.]+)+"$/.test(d))).toBe(true);
    expect(svg.match(/<use href="#uamap-UA-\d\d"/g)).toHaveLength(27);
    const defs = renderGeometryDefs(layout);
    expect(defs.match(/<path id="uamap-UA-\d\d" d="M/g)).toHaveLength(27);
    expect(defs.length).toBeGreaterThan(svg.length);
  });

  it('labels every unit except the two city callouts, falling back to the registry abbreviation where the short name cannot fit', () => {
    const labels = (lang: 'uk' | 'en') => {
      const data = registry.units.map((u) =>
        datum(u.iso, lang === 'uk' ? { short: u.short_uk, abbr: u.map_abbr_uk ?? null, code: u.map_code.uk } : {}),
      );
      const full = mapLabelSets(layout, data)[0]!.markup;
      return [...full.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
    };
    for (const lang of ['uk', 'en'] as const) expect(labels(lang), lang).toHaveLength(25);
    expect(labels('uk')).toEqual(expect.arrayContaining(['Ів.-Франк.', 'Тернопіл.']));
    expect(labels('uk')).not.toContain('Івано-Франківська');
    // A name that fits nowhere inside never overflows its unit: its code goes outside, on a leader line.
    const bare = mapLabelSets(layout, [datum('UA-77', { short: 'Чернівецька область', abbr: null, code: 'Чернів.' })])
      .map((set) => set.markup)
      .join('');
    expect(bare).not.toContain('>Чернівецька область<');
    expect(bare).toMatch(
      /<path class="uamap-label-leader" d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+"\/><text [^>]*class="uamap-label-page">Чернів\.<\/text>/,
    );
  });

  it('adds phone labels: the registry code of at least 22 of the 24 oblasts, in a size readable when the map is 343 px wide', () => {
    for (const lang of ['uk', 'en'] as const) {
      const data = registry.units.map((u) => datum(u.iso, { short: u[`short_${lang}`], code: u.map_code[lang] }));
      const out = mapLabelSets(layout, data, {
        'UA-30': lang === 'uk' ? 'Київ' : 'Kyiv',
        'UA-40': lang === 'uk' ? 'Севастополь' : 'Sevastopol',
      })[1]!.markup;
      const group =
        /<g id="uamap-lc-[^"]+" class="uamap-labelset uamap-labelset-compact"[^>]*font-size="(\d+)"[^>]*>(.*?)<\/g>/.exec(
          out,
        );
      expect(group, lang).not.toBeNull();
      const texts = [...group![2]!.matchAll(/<text [^>]*>([^<]+)<\/text>/g)];
      const oblasts = registry.units.filter((u) => u.kind === 'oblast').map((u) => u.map_code[lang]);
      const shown = texts.map((t) => t[1]!).filter((t) => oblasts.includes(t));
      expect(
        shown.length,
        `${lang}: missing ${oblasts.filter((o) => !shown.includes(o)).join(', ')}`,
      ).toBeGreaterThanOrEqual(22);
      // 343 px of a 1000-unit-wide map: every size used is ≥ 10 px on screen.
      const sizes = [Number(group![1]), ...texts.map((t) => Number(/font-size="(\d+)"/.exec(t[0])?.[1] ?? group![1]))];
      for (const size of sizes) expect(size * 0.343).toBeGreaterThanOrEqual(10);
    }
  });

  it('escapes names and labels', () => {
    const evil = renderMapSvg(layout, [datum('UA-05', { label: 'A "quoted" <b>&</b>', short: '<x>' })], {
      id: 'm',
      title: 'T',
      hint: 'h',
      labels: true,
    });
    expect(evil).toContain('aria-label="A &quot;quoted&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
    expect(evil).not.toContain('<b>');
    expect(evil).not.toContain('<x>');
  });

  it('draws the Sevastopol callout with a leader line and names Kyiv beside its marker', () => {
    expect(svg).toMatch(/<use href="#uamap-UA-40"\/><line class="uamap-leader"/);
    const [full, compact] = mapLabelSets(layout, regions, { 'UA-30': 'Kyiv' });
    // In both label sets: the ink of the unit under the name, or the page's.
    for (const set of [full!, compact!])
      expect(set.markup).toMatch(
        /<text class="uamap-name uamap-(t\d\d|label-page)"[^>]*text-anchor="start">Kyiv<\/text>/,
      );
  });

  it('is deterministic', () => {
    expect(
      renderMapSvg(layout, regions, {
        id: 'm1',
        title: 'Title',
        hint: 'Use arrow keys',
        labels: true,
        calloutNames: { 'UA-30': 'Kyiv' },
      }),
    ).toBe(svg);
  });

  it("shows the page's label sets with <use> and says each unit's ink with a class on its <svg>", () => {
    const data = regions.map((r) =>
      r.iso === 'UA-05'
        ? { ...r, ink: '#ffffff' }
        : r.iso === 'UA-07'
          ? { ...r, status: 'no_data' }
          : r.iso === 'UA-12'
            ? { ...r, nightInk: '#ffffff' }
            : r,
    );
    const out = renderMapSvg(layout, data, { id: 'm', title: 'T', hint: 'h', labels: true });
    const [full, compact] = mapLabelSets(layout, data);
    expect(out).not.toContain('<text');
    expect(out).toContain(`<use class="uamap-labels uamap-labels-full" href="#${full!.id}" aria-hidden="true"/>`);
    expect(out).toContain(`<use class="uamap-labels uamap-labels-compact" href="#${compact!.id}" aria-hidden="true"/>`);
    const inks = /<svg class="uamap-svg ([^"]*)"/.exec(out)![1]!.split(' ');
    expect(inks).toContain('w05'); // white ink over a dark fill
    expect(inks.filter((c) => c.endsWith('14'))).toEqual([]); // dark ink over a light one: the default
    expect(inks).toContain('p07'); // no value: the page's ink
    expect(inks).toContain('nw12'); // dark screens repaint its class to a dark fill
    // The sets carry no colour of their own: a label reads its unit's ink, or the page's outside its unit.
    for (const set of [full!, compact!]) {
      expect(set.markup).not.toMatch(/ (fill|stroke)=/);
      for (const m of set.markup.matchAll(/<text [^>]*class="([^"]+)"/g))
        expect(m[1]).toMatch(/uamap-(t\d\d|label-page)$/);
    }
    // Labels do not depend on the values: a map of other values shows the same sets.
    const other = mapLabelSets(
      layout,
      regions.map((r) => ({ ...r, fill: '#000000', ink: '#ffffff' })),
    );
    expect(other.map((s) => s.id)).toEqual([full!.id, compact!.id]);
  });
});
