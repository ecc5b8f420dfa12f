import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readSiteData } from '../../site/data.ts';
import type { OblastAggregate } from '../../contract/types.ts';
import { formatValue } from '../../text/format.ts';

// Components read the published set from Astro.locals.site: the tests pass the fixture's.
const fixtureDir = fileURLToPath(new URL('../../../tests/fixtures/generated/', import.meta.url));
const site = readSiteData(fixtureDir);
type Component = Parameters<AstroContainer['renderToString']>[0];
const ChoroplethMap = (await import('./ChoroplethMap.astro')).default as unknown as Component;
const TwoMaps = (await import('./fixtures/TwoMaps.astro')).default as unknown as Component;
const TwoMapsOneLanguage = (await import('./fixtures/TwoMapsOneLanguage.astro')).default as unknown as Component;
const fixture = JSON.parse(readFileSync(`${fixtureDir}oblasts.json`, 'utf8')) as OblastAggregate[];

const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) => container.renderToString(ChoroplethMap, { props, locals: { site } });

function regions(html: string): Array<Record<string, string>> {
  // A region is a link to its oblast's profile (<a>), or a <g> where it has none.
  // Its class is its class key, its ISO code its shape's href.
  return [...html.matchAll(/<(?:a|g) (class="[^"]*"[^>]*(?:href|role)="[^>]*)><use href="#uamap-([^"]+)"/g)].map(
    (m) => ({
      ...Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
      iso: m[2]!,
    }),
  );
}

describe('<ChoroplethMap>', () => {
  it('renders 27 regions with the right ISO codes and values from the data', async () => {
    const html = await render({ metric: 'strategy_adopted', lang: 'en' });
    const gs = regions(html);
    expect(gs).toHaveLength(27);
    for (const unit of fixture) {
      const g = gs.find((r) => r.iso === unit.iso);
      expect(g, unit.iso).toBeDefined();
      const value = unit.metrics.strategy_adopted!.value;
      if (unit.status === 'ok' && typeof value === 'number') {
        expect(g!.class, unit.iso).toMatch(/^c\d$/);
        expect(g!['aria-label'], unit.iso).toContain(`: ${formatValue(value, 'percent', 'en')} `);
      } else expect(g!.class, unit.iso).toMatch(/^(nodata|insufficient)$/);
      expect(g!.href, unit.iso).toBe(`/en/oblasts/${unit.iso.toLowerCase()}/`);
      // a link, a tab stop of its own until the script makes the map one (roving tabindex)
      expect(g!.tabindex, unit.iso).toBeUndefined();
    }
    const kyivOblast = gs.find((r) => r.iso === 'UA-32')!;
    const n = fixture.find((u) => u.iso === 'UA-32')!.metrics.strategy_adopted!.n;
    expect(kyivOblast['aria-label']).toMatch(
      new RegExp(`^Kyiv Oblast: \\d+% \\(95% interval \\d+–\\d+%\\), ${n} respondents$`),
    );
    expect(html).toContain('data-map="map-strategy_adopted"');
  });

  it('says what the map shows: title, units, missing-data legend, source, table with intervals', async () => {
    const html = await render({ metric: 'strategy_adopted', lang: 'uk', subtitle: 'Підзаголовок', notes: 'Примітка' });
    expect(html).toContain('Частка громад із затвердженою смарт-стратегією');
    expect(html).toContain('Підзаголовок');
    expect(html).toContain('Частка громад, %');
    expect(html).toContain('Недостатньо даних (менше 3 відповідей)');
    expect(html).toContain('Немає даних');
    // The legend's swatches are the items' ::before (map.css), coloured by their class: no markup of their own.
    const legend = html.slice(html.indexOf('<div class="uamap-legend">'), html.indexOf('<div class="uamap-frame">'));
    expect(legend).not.toContain('<svg');
    expect(legend).toMatch(/<ol class="uamap-steps" aria-label="[^"]+">(<li class="c\d">[^<]+<\/li>)+<\/ol>/);
    expect(legend).toMatch(/<li class="insufficient">Недостатньо даних[^<]*<\/li><li class="nodata">Немає даних<\/li>/);
    expect(html).toMatch(/<figure class="uamap uamap-seq-\d"/);
    expect(html).toContain('Джерело: опитування громад Асоціації малих міст України, ілюстративні дані');
    expect(html).toContain('Примітка');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table.match(/<tr/g)).toHaveLength(1 + 27 + 1);
    expect(table).toContain('95\u00a0% інтервал');
    expect(table).toMatch(/<td[^>]*>\d+–\d+\u00a0%<\/td>/);
  });

  it('draws a categorical legend for top_priority', async () => {
    const html = await render({ metric: 'top_priority', lang: 'en' });
    expect(html).toContain('class="uamap-categories"');
    expect(html).toContain('E-governance');
    // The region's class is its category's key, and the legend item of that category has it too.
    const key = regions(html).find((r) => r.iso === 'UA-05')!.class!;
    expect(key).toMatch(/^k\d$/);
    const labelOf = { e_governance: 'E-governance', transport: 'Transport', energy_efficiency: 'Energy efficiency' };
    const value = fixture[0]!.metrics.top_priority!.value as keyof typeof labelOf;
    expect(html).toContain(`<li class="${key}">${labelOf[value]}</li>`);
  });

  it('fails with the bad id, the file and the valid ids for an unknown metric', async () => {
    await expect(render({ metric: 'nope', source: 'content/uk/index.mdx' })).rejects.toThrow(
      /content\/uk\/index\.mdx: unknown metric id "nope"; valid ids: respondents, .*top_priority/,
    );
  });

  it('sends the geometry once per page: the second map only references it', async () => {
    const one = await render({ metric: 'strategy_adopted' });
    const two = await container.renderToString(TwoMaps, { locals: { site } });
    const paths = (html: string) => (html.match(/<path id="uamap-UA-\d\d"/g) ?? []).length;
    expect(paths(one)).toBe(27);
    expect(paths(two)).toBe(27);
    expect(regions(two)).toHaveLength(54);
    expect(two).toContain('data-map="map-strategy_adopted"');
    expect(two).toContain('data-map="map-strategy_adopted-2"');
    // The second map costs far less than the first.
    const second = two.slice(two.indexOf('data-map="map-strategy_adopted-2"'));
    expect(second.length).toBeLessThan(one.length * 0.6);
  });

  it('sends each label set once per page: maps of one language show the same sets, each with its own inks', async () => {
    const html = await container.renderToString(TwoMapsOneLanguage, { locals: { site } });
    const defined = [...html.matchAll(/<g id="(uamap-l[fc]-[0-9a-f]{8})"/g)].map((m) => m[1]);
    expect(defined).toHaveLength(2);
    const shown = [...html.matchAll(/<use class="uamap-labels uamap-labels-(full|compact)" href="#([^"]+)"/g)];
    expect(shown.map((m) => m[2])).toEqual([...defined, ...defined]);
    // Each map's <svg> names the ink of each unit with a value: two maps, two sets of inks.
    const inks = [...html.matchAll(/<svg class="uamap-svg ([^"]*)"/g)].map((m) => m[1]!.split(' '));
    expect(inks).toHaveLength(2);
    for (const set of inks) for (const c of set) expect(c).toMatch(/^(w|p|nd|nw)\d\d$/);
    expect(inks[0]).not.toEqual(inks[1]);
    // Labels are defined once: the page has one <text> per label, not one per label and map.
    const single = await render({ metric: 'strategy_adopted' });
    expect(html.match(/<text /g)!.length).toBe(single.match(/<text /g)!.length);
    // Each map is named by its own caption and described by the page's one keys hint.
    const refs = [...html.matchAll(/role="group" tabindex="-1" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/g)];
    expect(refs).toHaveLength(2);
    expect(html).not.toMatch(/role="group"[^>]*aria-label=/);
    for (const [, title, hint] of refs) {
      expect(html.match(new RegExp(`<span class="uamap-title" id="${title}">`, 'g'))).toHaveLength(1);
      expect(hint).toBe('uamap-keys-uk');
    }
    expect(refs[0]![1]).not.toBe(refs[1]![1]);
    expect(html.match(/<p id="uamap-keys-uk" hidden>[^<]+<\/p>/g)).toHaveLength(1);
    // a map alone in its page (an embed) carries its own
    expect(single).toMatch(/<p id="uamap-keys-uk" hidden>/);
  });

  it('sends a label set per language when maps of two languages share a page', async () => {
    const two = await container.renderToString(TwoMaps, { locals: { site } });
    expect(two.match(/<g id="uamap-lf-/g)).toHaveLength(2);
    expect(two.match(/<g id="uamap-lc-/g)).toHaveLength(2);
    expect(two.match(/<p id="uamap-keys-(uk|en)" hidden>/g)).toEqual([
      '<p id="uamap-keys-uk" hidden>',
      '<p id="uamap-keys-en" hidden>',
    ]);
  });
});
