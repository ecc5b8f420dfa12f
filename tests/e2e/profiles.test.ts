// Oblast profiles in real Chromium: a large, a small and a withheld unit in both languages at
// phone and desktop widths, light and dark — what a reader must find there, axe clean, no
// sideways scrolling — and a map region reaching its profile by click, tap and Enter.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { regionOf, REGIONS } from './map-regions.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { horizontalOverflow, settle } from './probes.ts';
import { withStrictPage } from './strict-page.ts';
import { readable } from './readable.ts';

const ctx = e2e();
const browser = useBrowser();
const MAP = 'figure[data-map="map-smart_readiness_index"]';

// Lviv: the most answers; Kherson: the fewest that still clear the threshold; Luhansk: too few.
const PROFILES = [
  { slug: 'ua-46', figures: true },
  { slug: 'ua-65', figures: true },
  { slug: 'ua-09', figures: false },
];
const CASES = PROFILES.flatMap((p) =>
  ['', '/en'].flatMap((prefix) => [375, 1280].map((width) => ({ ...p, prefix, width }))),
);

describe('oblast profiles', () => {
  it.each(CASES)('$prefix/oblasts/$slug/ at $width px, light and dark', async ({ slug, figures, prefix, width }) => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}${prefix}/oblasts/${slug}/`, { waitUntil: 'load' });
      const page = s.page;
      expect(await page.locator('.profile-locator .uamap-svg > .here').count()).toBe(1);
      expect(await page.locator('[data-illustrative-notice]').count()).toBe(1);
      expect(readable(await page.locator('[data-coverage]').textContent())).toMatch(/\d/);
      const downloads = await page
        .locator('.profile-downloads a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(downloads).toEqual([
        `/data/oblasts/${slug}.csv`,
        `/data/oblasts/${slug}.json`,
        `/og/oblast-${slug}-${prefix === '/en' ? 'en' : 'uk'}.png`,
        `${prefix}/embed/oblast-${slug}/`,
      ]);
      if (figures) {
        expect(readable(await page.locator('[data-profile-standing] dd').first().textContent())).toMatch(
          /\d+\s*\(\d+–\d+\)/,
        );
        expect(readable(await page.locator('[data-tier]').textContent())).not.toBe('');
        // every question of the codebook, each answer beside the rest of the country
        expect(await page.locator('[data-profile-questions] [data-question]').count()).toBe(6);
        expect(await page.locator('[data-profile-questions] tbody tr').first().locator('td').count()).toBe(3);
        expect(await page.locator('[data-profile-communities] tbody tr').count()).toBeGreaterThan(0);
      } else {
        expect(readable(await page.locator('[data-withheld]').textContent())).toMatch(/2/);
        expect(await page.locator('[data-profile-questions]').count()).toBe(0);
        expect(await page.locator('[data-profile-communities] tbody tr').count()).toBe(2);
      }
      if (prefix === '/en')
        expect(readable(await page.locator('[data-profile-communities] tbody th').first().textContent())).toMatch(
          /^[A-Za-z]/,
        );
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await settle(page);
      expect({ light, dark: await axeViolations(page), overflow: await horizontalOverflow(page) }).toEqual({
        light: [],
        dark: [],
        overflow: 0,
      });
    });
  });

  it('a click on a map region opens its profile', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const lviv = s.page.locator(`${MAP} ${regionOf('UA-46')}`);
      await lviv.scrollIntoViewIfNeeded();
      await Promise.all([s.page.waitForURL(/\/oblasts\/ua-46\/$/), lviv.click()]);
      expect(readable(await s.page.locator('h1').textContent())).toBe('Львівська область');
    });
  });

  it('a tap shows the tooltip with an "open the profile" link first, which then opens it', async () => {
    const phone = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
    await withStrictPage(browser(), ctx.origin, phone, async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      const lviv = s.page.locator(`${MAP} ${regionOf('UA-46')}`);
      await lviv.scrollIntoViewIfNeeded();
      await lviv.tap();
      const link = s.page.locator(`${MAP} [role="tooltip"] a`);
      expect(await link.isVisible()).toBe(true);
      expect(s.page.url()).toBe(`${ctx.origin}/en/`);
      expect(await link.textContent()).toMatch(/profile/);
      await Promise.all([s.page.waitForURL(/\/en\/oblasts\/ua-46\/$/), link.tap()]);
    });
  });

  it('Enter on a focused map region opens its profile', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      const first = s.page.locator(`${MAP} ${REGIONS}`).first();
      await first.focus();
      const iso = (await first.evaluate((el) =>
        el.querySelector('use')?.getAttribute('href')?.replace('#uamap-', ''),
      ))!.toLowerCase();
      await Promise.all([s.page.waitForURL(new RegExp(`/en/oblasts/${iso}/$`)), s.page.keyboard.press('Enter')]);
    });
  });

  it.each([
    ['', "П'ятихатська міська громада", 'ua-12', 'h-piatykhatska-miska-hromada'],
    ['', 'Знамʼянська', 'ua-35', 'h-znamianska-miska-hromada'],
    ['/en', 'Kupianska hromada', 'ua-63', 'h-kupianska-miska-hromada'],
  ])(
    'search on %s/ finds “%s” and opens its oblast’s profile at the community',
    async (prefix, query, slug, anchor) => {
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
        await s.page.goto(`${ctx.origin}${prefix}/`, { waitUntil: 'load' });
        const input = s.page.locator('form[data-find] input[name="q"]');
        await input.fill(query);
        const first = s.page.locator('form[data-find] .find-results a').first();
        await first.waitFor();
        expect(await first.getAttribute('href')).toBe(`${prefix}/oblasts/${slug}/#${anchor}`);
        await Promise.all([s.page.waitForURL(new RegExp(`/oblasts/${slug}/#${anchor}$`)), input.press('Enter')]);
        expect(await s.page.locator(`tr#${anchor}`).evaluate((tr) => tr.matches(':target'))).toBe(true);
      });
    },
  );

  it('search works without JavaScript: the form opens the list of every community as links', async () => {
    await withStrictPage(
      browser(),
      ctx.origin,
      { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false },
      async (s) => {
        await s.page.goto(`${ctx.origin}/oblasts/ua-46/`, { waitUntil: 'load' });
        await s.page.locator('form[data-find] input[name="q"]').fill('Кам’янка');
        await Promise.all([s.page.waitForURL(/\/find\/\?q=/), s.page.locator('form[data-find] button').click()]);
        const link = s.page.locator('a[href="/oblasts/ua-46/#h-kamianka-buzka-miska-hromada"]');
        expect(await link.count()).toBe(1);
      },
    );
  });
});
