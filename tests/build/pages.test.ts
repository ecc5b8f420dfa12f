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
  });
});
