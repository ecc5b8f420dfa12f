// Every built page keeps the structural promises: one h1, lang, title, description,
// valid HTML, unique ids, a strict CSP, no inline handlers, the illustrative notice.
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../quality/csp.ts';
import { missingTwins } from '../../scripts/site-check/pages.ts';
import { structureProblems } from '../quality/structure.ts';
import { htmlProblems } from '../quality/validate-html.ts';
import { builtSites, isIllustrative } from './site.ts';

const [site] = builtSites();
const illustrative = isIllustrative();

/** Pages the report promises (issues 4 and 5); twins under /en/ are checked separately. */
const EXPECTED = ['/', '/methodology/', '/data/', '/about/', '/press/'];

describe('pages of the default build', () => {
  it('has the pages the report promises, in both languages', () => {
    const routes = site.pages.map((p) => p.route);
    const missing = EXPECTED.flatMap((r) => [r, `/en${r}`]).filter((r) => !routes.includes(r));
    expect(missing, 'missing pages').toEqual([]);
    expect(
      routes.some((r) => r.startsWith('/embed/')),
      'at least one /embed/<id>/ page',
    ).toBe(true);
    expect(missingTwins(routes), 'pages without a twin in the other language').toEqual([]);
  });

  it('loads one module for all the deferred tables of the report, not one per kind of graphic', () => {
    const html = site.pages.find((p) => p.route === '/')!.html;
    const modules = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(modules.filter((src) => src.includes('DeferredTables'))).toHaveLength(1);
    expect(new Set(modules).size).toBe(modules.length);
    expect(modules.length).toBeLessThanOrEqual(5);
  });

  describe.each(site.pages)('$route', ({ html, route }) => {
    it('has one h1, lang, title, description, unique ids, no inline handlers, the notice', () => {
      expect(structureProblems(html, { illustrative })).toEqual([]);
    });

    it('carries a CSP that allows no inline handlers and no third-party origins', () => {
      expect(cspProblems(html)).toEqual([]);
    });

    it('passes html-validate', async () => {
      expect(await htmlProblems(html, route)).toEqual([]);
    });

    it('defines each paint server a fill="url(#…)" uses before its first use', () => {
      // Chromium paints such a fill in black, and keeps it so, when the page arrives in pieces and
      // the pattern comes later (seen when the maps' patterns moved to the end with their shapes).
      const late = [...html.matchAll(/url\(#([\w-]+)\)/g)]
        .filter((m) => !(html.indexOf(`id="${m[1]}"`) < m.index && html.indexOf(`id="${m[1]}"`) >= 0))
        .map((m) => m[1]);
      expect([...new Set(late)]).toEqual([]);
    });

    it("carries its maps' shared geometry at most once, at the end of <body> (gzip reuses more)", () => {
      const at = html.indexOf('<svg class="uamap-defs" ');
      expect(html.indexOf('<svg class="uamap-defs" ', at + 1), 'a second copy').toBe(-1);
      if (at >= 0) expect(html.indexOf('</svg>', at) + '</svg>'.length).toBe(html.indexOf('</body>'));
    });
  });
});
