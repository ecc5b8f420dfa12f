// Every built page in real Chromium: no console errors, no request off the origin,
// no failed request, no axe violations in light and dark mode, no sideways scrolling
// on a phone, at 375 and 1280 px wide.
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
 * The 54 profiles are one template over different data, and so are the 54 oblast cards
 * (/embed/oblast-ua-xx/): axe runs on a large, a small and a withheld unit of each in both
 * languages (tests/e2e/profiles.test.ts checks those three profiles closely); every other
 * profile and card is still loaded at both widths for errors, requests and overflow.
 */
const AXE_UNITS = new Set(['ua-46', 'ua-65', 'ua-09']);
const oneTemplatePerUnit = (route: string) =>
  pageKind(route) === 'profile' || /^\/(en\/)?embed\/oblast-ua-\d\d\/$/.test(route);
const axeFor = (route: string) => !oneTemplatePerUnit(route) || AXE_UNITS.has(/ua-\d\d/.exec(route)?.[0] ?? '');

it('every unit axe samples has a profile and a card in both languages', () => {
  const routes = new Set(pages.map((p) => p.route));
  const sampled = [...AXE_UNITS].flatMap((u) =>
    ['', '/en'].flatMap((l) => [`${l}/oblasts/${u}/`, `${l}/embed/oblast-${u}/`]),
  );
  expect(sampled.filter((r) => !routes.has(r))).toEqual([]);
});

describe.concurrent.each(pages)('$route', ({ route }) => {
  it.each(VIEWPORTS)(
    'at %i px: loads cleanly and passes axe in light and dark mode',
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

describe.concurrent(`BASE_PATH build served under ${ctx.basePath}`, () => {
  it.each(discoverPages(ctx.baseDir))('$route loads with every request answered', async ({ route }) => {
    const s = await strictPage(browser(), ctx.baseOrigin, { viewport: { width: 1280, height: 900 } });
    try {
      await s.page.goto(ctx.baseOrigin + ctx.basePath + route.slice(1), { waitUntil: 'load' });
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
