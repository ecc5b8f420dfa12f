// Every built page in real Chromium at 375 and 1280 px wide: no console errors, no request
// off the origin, no failed request, no sideways scrolling; and no axe violations in light and
// dark mode on every kind of page (see AXE_UNITS).
import { describe, expect, it } from 'vitest';
import { discoverPages, pageKind } from '../../scripts/site-check/pages.ts';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { horizontalOverflow, settle } from './probes.ts';
import { strictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
const pages = discoverPages(ctx.distDir);
const VIEWPORTS = [375, 1280];
/**
 * axe runs on every page KIND in all four variants (375 and 1280 px, light and dark), not on
 * all ~150 pages: axe is what this suite spends its time on (up to 3.5 s of CPU a run on the report).
 * - Oblast profiles: tests/e2e/profiles.test.ts runs axe on a large, a small and a withheld
 *   unit in both languages in all four variants (these pages repeated exactly that).
 * - Oblast cards (/embed/oblast-ua-xx/), one template over 27 units: the same three units.
 * - Embedded graphics: every graphic in Ukrainian; in English the first of each type (map,
 *   bar chart, ranking) — the same graphic and template as its Ukrainian twin, other strings.
 * - Every other page (the reports, about, data, find, methodology, press, 404) in both languages.
 * Every page is still loaded at both widths for errors, requests and overflow below, read
 * without JavaScript (no-js.test.ts) and checked as HTML (tests/build).
 */
const AXE_UNITS = new Set(['ua-46', 'ua-65', 'ua-09']);
const isCard = (route: string) => /^\/(en\/)?embed\/oblast-ua-\d\d\/$/.test(route);
const enGraphicType = (route: string) => /^\/en\/embed\/([a-z]+)-/.exec(route)?.[1];
/** The first English embed of each graphic type (map-…, bar-…, ranking-…), in route order. */
const EN_GRAPHIC_SAMPLE = new Set<string>();
for (const { route } of pages) {
  const type = isCard(route) ? undefined : enGraphicType(route);
  if (type && ![...EN_GRAPHIC_SAMPLE].some((r) => enGraphicType(r) === type)) EN_GRAPHIC_SAMPLE.add(route);
}
const unitOf = (route: string) => /ua-\d\d/.exec(route)?.[0] ?? '';
const axeFor = (route: string): boolean => {
  if (pageKind(route) === 'profile') return false;
  if (isCard(route)) return AXE_UNITS.has(unitOf(route));
  if (enGraphicType(route)) return EN_GRAPHIC_SAMPLE.has(route);
  return true;
};

it('axe samples a card of each unit in AXE_UNITS in both languages and each type of English graphic', () => {
  const routes = new Set(pages.map((p) => p.route));
  const sampled = [...AXE_UNITS].flatMap((u) => ['', '/en'].map((l) => `${l}/embed/oblast-${u}/`));
  expect(sampled.filter((r) => !routes.has(r))).toEqual([]);
  expect([...EN_GRAPHIC_SAMPLE].map(enGraphicType).sort()).toEqual(['bar', 'map', 'ranking']);
});

describe.concurrent.each(pages)('$route', ({ route }) => {
  it.each(VIEWPORTS)(
    `at %i px: loads cleanly${axeFor(route) ? ', passes axe in light and dark mode' : ''}`,
    async (width) => {
      const s = await strictPage(browser(), ctx.origin, { viewport: { width, height: 900 }, colorScheme: 'light' });
      try {
        await s.page.goto(ctx.origin + route, { waitUntil: 'load' });
        const light = axeFor(route) ? await axeViolations(s.page) : [];
        await s.page.emulateMedia({ colorScheme: 'dark' });
        await settle(s.page);
        const dark = axeFor(route) ? await axeViolations(s.page) : [];
        expect({
          problems: s.problems,
          axeLight: light,
          axeDark: dark,
          horizontalOverflowPx: await horizontalOverflow(s.page),
        }).toEqual({ problems: [], axeLight: [], axeDark: [], horizontalOverflowPx: 0 });
      } finally {
        await s.close();
      }
      // axe over the report's ~3,000 elements twice, beside four other pages, on a loaded machine
    },
    300_000,
  );
});

/**
 * The BASE_PATH build in the browser: one page of each template in each language (the reports
 * and every other page, the first profile, oblast card and embed of each graphic type). URLs
 * built at run time come from the templates' scripts, not the data; every URL written into every
 * page of that build is resolved without a browser in tests/build/links.test.ts.
 */
const templateOf = (route: string): string | undefined => {
  const lang = route.startsWith('/en/') ? 'en' : 'uk';
  if (pageKind(route) === 'profile') return `${lang} profile`;
  if (isCard(route)) return `${lang} card`;
  const graphic = /^\/(en\/)?embed\/([a-z]+)-/.exec(route)?.[2];
  return graphic ? `${lang} ${graphic}` : undefined;
};
const sampledTemplates = new Set<string>();
const basePathPages = discoverPages(ctx.baseDir).filter(({ route }) => {
  const template = templateOf(route);
  if (template === undefined) return true;
  if (sampledTemplates.has(template)) return false;
  sampledTemplates.add(template);
  return true;
});

describe.concurrent(`BASE_PATH build served under ${ctx.basePath}`, () => {
  it.each(basePathPages)('$route loads with every request answered', async ({ route }) => {
    const s = await strictPage(browser(), ctx.baseOrigin, { viewport: { width: 1280, height: 900 } });
    try {
      await s.page.goto(ctx.baseOrigin + ctx.basePath + route.slice(1), { waitUntil: 'load' });
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

it('the BASE_PATH build is loaded on a page of each template in each language', () => {
  const templates = ['bar', 'card', 'map', 'profile', 'ranking'];
  expect([...sampledTemplates].sort()).toEqual(['en', 'uk'].flatMap((l) => templates.map((t) => `${l} ${t}`)));
});
