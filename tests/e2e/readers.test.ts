// Issue 15 as readers meet it, in real Chromium at a phone's 375 px and a desktop's
// 1280 px: touch moves the tooltip in one tap, the focused region keeps a visible ring,
// paper gets the light map whatever the screen theme, tables and map labels fit a phone,
// long words wrap, communities have their own pages, the press page names its own origin.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focusedIso, regionOf, REGIONS } from './map-regions.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { expandMapLabels, openDisclosures } from './probes.ts';
import { withStrictPage } from './strict-page.ts';
import { PLACEHOLDER_SITE } from '../../src/site/origin.ts';

const ctx = e2e();
const browser = useBrowser();
const MAP = 'figure[data-map="map-smart_readiness_index"]';
const WIDTHS = [375, 1280] as const;
const phone = (width: number) =>
  width < 600
    ? { hasTouch: true, isMobile: true, viewport: { width, height: 800 } }
    : { viewport: { width, height: 900 } };

async function tooltipText(page: Page): Promise<string | null> {
  const tip = page.locator(`${MAP} [role="tooltip"]`);
  return (await tip.isVisible()) ? ((await tip.textContent()) ?? '') : null;
}

describe.each(WIDTHS)('at %i px', (width) => {
  it('one tap on another region moves the tooltip there; a tap on the same region closes it', async () => {
    await withStrictPage(browser(), ctx.origin, { ...phone(width), hasTouch: true }, async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      const zhytomyr = s.page.locator(`${MAP} ${regionOf('UA-18')}`);
      const lviv = s.page.locator(`${MAP} ${regionOf('UA-46')}`);
      await zhytomyr.scrollIntoViewIfNeeded();
      await zhytomyr.tap();
      expect(await tooltipText(s.page)).toContain('Zhytomyr');
      await lviv.tap();
      expect(await tooltipText(s.page)).toContain('Lviv');
      await lviv.tap();
      expect(await tooltipText(s.page)).toBeNull();
    });
  });

  it('keeps a visible focus ring on the focused region after Space and Esc', async () => {
    await withStrictPage(browser(), ctx.origin, phone(width), async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const first = s.page.locator(`${MAP} ${REGIONS}`).first();
      await first.scrollIntoViewIfNeeded();
      await first.focus();
      await s.page.keyboard.press('ArrowRight');
      const ring = async () =>
        s.page.evaluate((sel) => {
          const focused = document.activeElement as SVGGElement | null;
          const target = focused?.querySelector('use')?.getAttribute('href');
          const uses = [...document.querySelectorAll(`${sel} .uamap-focusring use`)];
          const visible = uses.filter((u) => {
            const style = getComputedStyle(u);
            return style.display !== 'none' && parseFloat(style.strokeWidth) >= 2 && style.stroke !== 'none';
          });
          return {
            iso: focused?.querySelector('use')?.getAttribute('href')?.replace('#uamap-', ''),
            rings: visible.map((u) => u.getAttribute('href')),
            target,
          };
        }, MAP);
      // (Enter follows the region's link to its profile: tests/e2e/profiles.test.ts)
      for (const key of ['Space', 'Space', 'Escape']) {
        await s.page.keyboard.press(key);
        const r = await ring();
        expect(r.iso, key).toMatch(/^UA-\d\d$/);
        expect(r.rings, key).toEqual([r.target, r.target]);
      }
    });
  });

  it('walks the map by its geography with the arrow keys, into and out of the two city markers', async () => {
    await withStrictPage(browser(), ctx.origin, phone(width), async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const start = s.page.locator(`${MAP} ${regionOf('UA-74')}`); // Чернігівська
      await start.scrollIntoViewIfNeeded();
      await start.focus();
      const walk: Array<[string, string]> = [
        ['ArrowDown', 'UA-32'], // Київська
        ['ArrowUp', 'UA-30'], // Київ (its marker, inside Київська)
        ['ArrowRight', 'UA-53'], // Полтавська
        ['ArrowDown', 'UA-12'], // Дніпропетровська
        ['ArrowDown', 'UA-23'], // Запорізька
        ['ArrowLeft', 'UA-65'], // Херсонська
        ['ArrowDown', 'UA-43'], // АР Крим
        ['ArrowLeft', 'UA-40'], // Севастополь (its marker, out at sea)
        ['ArrowLeft', 'UA-40'], // nothing west of it: focus stays
        ['ArrowUp', 'UA-65'], // Херсонська
      ];
      for (const [key, iso] of walk) {
        await s.page.keyboard.press(key);
        expect(await focusedIso(s.page), key).toBe(iso);
      }
      // still one tab stop, on the region reached
      expect(await s.page.locator(`${MAP} ${REGIONS}[tabindex="0"]`).count()).toBe(1);
      expect(await s.page.locator(`${MAP} ${regionOf('UA-65')}`).getAttribute('tabindex')).toBe('0');
    });
  });

  it('prints the map in light colours from a dark-mode browser', async () => {
    await withStrictPage(browser(), ctx.origin, { ...phone(width), colorScheme: 'dark' }, async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      const colours = () =>
        s.page.evaluate((sel) => {
          const style = (q: string) => getComputedStyle(document.querySelector(`${sel} ${q}`)!);
          return {
            nodata: style('.uamap-svg > .nodata > use').fill,
            border: style('.uamap-borders').stroke,
            hatch: getComputedStyle(document.querySelector('.uamap-hatch-bg')!).fill,
            // the legend's swatch is the item's ::before, whose background paper keeps
            chip: getComputedStyle(document.querySelector(`${sel} .uamap-legend .nodata`)!, '::before').backgroundColor,
            keep: getComputedStyle(document.querySelector(`${sel} .uamap-legend li`)!, '::before').printColorAdjust,
            page: getComputedStyle(document.body).backgroundColor,
          };
        }, MAP);
      const screen = await colours();
      expect(screen.nodata).not.toBe('rgb(208, 208, 208)'); // dark theme on screen
      expect(screen.chip).toBe(screen.nodata);
      await s.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await colours()).toEqual({
        nodata: 'rgb(208, 208, 208)',
        border: 'rgb(255, 255, 255)',
        hatch: 'rgb(244, 244, 244)',
        chip: 'rgb(208, 208, 208)',
        keep: 'exact',
        page: 'rgb(255, 255, 255)',
      });
      const pdf = await s.page.pdf({ width: `${width}px` }).catch(() => null);
      // Headful-only in some builds; where it runs it must produce a document.
      if (pdf) expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    });
  });

  it('labels the map legibly and shows each legend class with its values', async () => {
    await withStrictPage(browser(), ctx.origin, phone(width), async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await s.page.locator(MAP).scrollIntoViewIfNeeded();
      await expandMapLabels(s.page);
      const labels = await s.page.evaluate((sel) => {
        const shown = [...document.querySelectorAll<SVGTextElement>(`${sel} .uamap-labels text`)].filter(
          (t) => t.getBoundingClientRect().height > 0,
        );
        return shown.map((t) => ({
          text: t.textContent,
          px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
        }));
      }, MAP);
      expect(labels.length).toBeGreaterThanOrEqual(15);
      for (const l of labels) expect(l.px, l.text ?? '').toBeGreaterThanOrEqual(9.5);
      const legend = await s.page.locator(`${MAP} .uamap-steps li`).allTextContents();
      expect(legend.length).toBeGreaterThanOrEqual(2);
      for (const text of legend) expect(text).toMatch(/\d/);
    });
  });

  it('fits a phone: the ranking chart shows oblast, interval and index; tables show their first columns; nothing widens the page', async () => {
    await withStrictPage(browser(), ctx.origin, phone(width), async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const ranking = await s.page.evaluate(() => {
        const row = document.querySelector('[data-ranking-chart] .rk-rows .rk-row')!;
        const box = (q: string) => row.querySelector(q)!.getBoundingClientRect();
        return { oblast: box('.rk-name'), interval: box('.rk-plot'), index: box('.rk-value') };
      });
      for (const [what, box] of Object.entries(ranking)) {
        expect(box.width, what).toBeGreaterThan(0);
        expect(box.right, what).toBeLessThanOrEqual(width);
      }
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // Leave only when nothing is in flight: an aborted request would count as a page problem.
      await s.page.waitForLoadState('networkidle');
      await s.page.goto(`${ctx.origin}/data/`, { waitUntil: 'load' });
      const table = await s.page.evaluate(() => {
        const row = document.querySelector('[data-table="oblasts"] tbody tr')!;
        const cells = [...row.children].slice(0, 3).map((c) => c.getBoundingClientRect());
        const scroller = document.querySelector<HTMLElement>('[data-table="oblasts"]')!;
        return {
          visible: cells.map((r) => r.left >= 0 && r.left + Math.min(r.width, 24) <= innerWidth),
          overflows: scroller.scrollWidth > scroller.clientWidth,
          cue: getComputedStyle(scroller).backgroundImage,
        };
      });
      expect(table.visible).toEqual([true, true, true]);
      if (table.overflows) expect(table.cue).toMatch(/gradient/);

      // One unbroken 300-letter community name must not widen the page.
      await s.page.waitForLoadState('networkidle');
      await s.page.goto(`${ctx.origin}/oblasts/ua-46/`, { waitUntil: 'load' });
      await s.page.evaluate(() => {
        const row = document.querySelector('.profile-communities tbody tr')!.cloneNode(true) as HTMLElement;
        row.id = 'e2e-long';
        row.querySelector('th')!.textContent = 'Д'.repeat(300);
        document.querySelector('.profile-communities tbody')!.append(row);
      });
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });

  it('lists communities on their oblast’s profile, linked from the report, the map table and the ranking', async () => {
    await withStrictPage(browser(), ctx.origin, phone(width), async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      await openDisclosures(s.page); // the map and ranking tables join the page when opened
      const hrefs = await s.page.evaluate(() =>
        ['[data-community-index] a', '.uamap-table a', '[data-ranking] a'].map(
          (q) => document.querySelector<HTMLAnchorElement>(q)?.getAttribute('href') ?? null,
        ),
      );
      for (const href of hrefs) expect(href).toMatch(/^\/en\/oblasts\/ua-\d\d\/$/);
      await s.page.locator('[data-community-index] a[href="/en/oblasts/ua-46/"]').click();
      await s.page.waitForURL(/\/en\/oblasts\/ua-46\/$/);
      // English pages spell names in Latin letters, the original marked as Ukrainian beside them
      expect(await s.page.locator('.profile-communities tbody th [lang="uk"]').count()).toBeGreaterThan(0);
    });
  });
});

describe.skipIf(ctx.siteOrigin !== PLACEHOLDER_SITE)('the press page built without SITE_URL', () => {
  it('puts this page’s own origin in the embed code and the citation, never the placeholder', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/press/`, { waitUntil: 'load' });
      const snippets = await s.page
        .locator('[data-copy-source]')
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
      expect(snippets.length).toBeGreaterThan(2);
      for (const text of snippets) {
        expect(text).not.toContain('example.org');
        expect(text).toContain(ctx.origin);
      }
    });
  });
});
