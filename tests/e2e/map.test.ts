// The report's maps in real Chromium: the build-time SVG is enhanced with a tooltip
// on hover, keyboard focus and tap, the matching legend class is highlighted, arrow
// keys move between regions and Esc closes — with no console errors.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focusedIso, regionOf, REGIONS } from './map-regions.ts';
import { arrowTarget } from '../../src/scripts/map-moves.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { readable } from './readable.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
const MAP = 'figure[data-map="map-smart_readiness_index"]';

/** The map's tooltip; none yet before the map's first use (the script makes it then). */
async function tooltip(page: Page): Promise<{ visible: boolean; text: string }> {
  const tip = page.locator(`${MAP} [role="tooltip"]`);
  if ((await tip.count()) === 0) return { visible: false, text: '' };
  return { visible: await tip.isVisible(), text: (await tip.textContent()) ?? '' };
}

async function activeLegend(page: Page): Promise<string[]> {
  return page.locator(`${MAP} .uamap-legend li.is-active`).evaluateAll((els) => els.map((e) => e.classList[0] ?? ''));
}

describe('choropleth map interactions', () => {
  it('shows a tooltip with name, value, interval and respondents on hover, and highlights the legend class', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const lviv = s.page.locator(`${MAP} ${regionOf('UA-46')}`);
      await lviv.scrollIntoViewIfNeeded();
      expect(await tooltip(s.page)).toMatchObject({ visible: false });
      await lviv.hover();
      const tip = await tooltip(s.page);
      expect(tip.visible).toBe(true);
      expect(tip.text).toContain('Львівська');
      // the value as the region's accessible name gives it: "Львівська область: 0,42 (…), 87 респондентів"
      const label = (await lviv.getAttribute('aria-label')) ?? '';
      expect(tip.text).toContain(label.split(': ')[1]!.split(' (')[0]);
      // the 95% interval (typeset: a word joiner keeps the range on one line)
      expect(readable(tip.text)).toMatch(/\d+–\d+/);
      expect(readable(tip.text)).toMatch(/респондент/i);
      expect(await activeLegend(s.page)).toEqual([await lviv.evaluate((el) => el.classList[0])]);
      await s.page.mouse.move(5, 5);
      expect((await tooltip(s.page)).visible).toBe(false);
      expect(await activeLegend(s.page)).toEqual([]);
    });
  });

  it('is one tab stop; arrow keys move between regions, Esc closes the tooltip', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      // Tab from the element just before the map lands on the map's first region: the script
      // makes the map one tab stop when the keyboard reaches it (without it, each link is one).
      await s.page.locator(`${MAP}`).evaluate((fig) => {
        const before = document.createElement('button');
        before.textContent = 'before';
        before.id = 'e2e-before';
        fig.before(before);
      });
      await s.page.focus('#e2e-before');
      await s.page.keyboard.press('Tab');
      const first = await s.page.evaluate(() =>
        document.activeElement?.querySelector('use')?.getAttribute('href')?.replace('#uamap-', ''),
      );
      expect(first).toMatch(/^UA-\d\d$/);
      const tip1 = await tooltip(s.page);
      expect(tip1.visible).toBe(true);
      await s.page.keyboard.press('ArrowRight');
      const second = await s.page.evaluate(() =>
        document.activeElement?.querySelector('use')?.getAttribute('href')?.replace('#uamap-', ''),
      );
      expect(second).toMatch(/^UA-\d\d$/);
      expect(second).not.toBe(first);
      const tip2 = await tooltip(s.page);
      expect(tip2.visible).toBe(true);
      expect(tip2.text).not.toBe(tip1.text);
      await s.page.keyboard.press('Escape');
      expect((await tooltip(s.page)).visible).toBe(false);
      // Tab leaves the map instead of walking through all 27 regions.
      await s.page.keyboard.press('Tab');
      const after = await s.page.evaluate(() => ({
        iso: document.activeElement?.querySelector('use')?.getAttribute('href')?.replace('#uamap-', '') ?? null,
        tag: document.activeElement?.tagName,
      }));
      expect(after).toEqual({ iso: null, tag: 'SUMMARY' }); // the map's data table comes next
    });
  });

  it("is named by its caption's title and described by the keys hint, in the browser's accessibility tree", async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      for (const [route, hint] of [
        ['/', /^Стрілками переходьте між областями/],
        ['/en/', /^Use the arrow keys/],
      ] as const) {
        await s.page.goto(`${ctx.origin}${route}`, { waitUntil: 'load' });
        const titles = await s.page
          .locator('figure[data-map] .uamap-title')
          .evaluateAll((els) => els.map((e) => e.textContent!.replace(/\u00ad/g, '').trim()));
        expect(titles.length).toBeGreaterThanOrEqual(4);
        const cdp = await s.page.context().newCDPSession(s.page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
        };
        const groups = nodes
          .filter((n) => n.role?.value === 'group' && n.description?.value)
          .map((n) => ({
            name: n.name!.value.replace(/\u00ad/g, ''),
            description: n.description!.value.replace(/\u00ad/g, ''),
          }));
        expect(groups.map((g) => g.name)).toEqual(titles);
        for (const g of groups) expect(g.description).toMatch(hint);
        await cdp.detach();
      }
    });
  });

  it('without JavaScript, every region is a link the keyboard reaches in turn', async () => {
    await withStrictPage(
      browser(),
      ctx.origin,
      { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false },
      async (s) => {
        await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
        const regions = s.page.locator(`${MAP} ${REGIONS}`);
        expect(await regions.count()).toBe(27);
        await regions.first().focus();
        const visited = new Set<string>();
        for (let i = 0; i < 27; i++) {
          visited.add(
            await s.page.evaluate(() => document.activeElement?.querySelector('use')?.getAttribute('href') ?? ''),
          );
          await s.page.keyboard.press('Tab');
        }
        expect(visited.size).toBe(27);
      },
    );
  });

  it('moves with the arrow keys as the move table of the geometry says, from every region; Home and End', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const region = (iso: string) => s.page.locator(`${MAP} ${regionOf(iso)}`);
      // The moves the old run-time rule (boxes on screen) got wrong: both went to Черкаська.
      await region('UA-05').focus(); // Вінницька
      await s.page.keyboard.press('ArrowRight');
      expect(await focusedIso(s.page)).toBe('UA-71'); // Черкаська
      await region('UA-35').focus(); // Кіровоградська
      await s.page.keyboard.press('ArrowLeft');
      expect(await focusedIso(s.page)).toBe('UA-05'); // Вінницька
      // Every region, every arrow: where the table says, or stay put where nothing lies that way.
      const isos = await s.page
        .locator(`${MAP} ${REGIONS} > use`)
        .evaluateAll((uses) => uses.map((u) => u.getAttribute('href')!.replace('#uamap-', '')));
      expect(isos).toHaveLength(27);
      const moved: string[] = [];
      for (const from of isos)
        for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
          await region(from).focus();
          await s.page.keyboard.press(key);
          const to = await focusedIso(s.page);
          expect(to, `${key} from ${from}`).toBe(arrowTarget(from, key) ?? from);
          if (to !== from) moved.push(to!);
        }
      // Every region, Київ and Севастополь included, is where some arrow leads.
      expect(new Set(moved).size).toBe(27);
      // The tooltip follows: it names the region the arrow went to.
      await region('UA-74').focus(); // Чернігівська
      await s.page.keyboard.press('ArrowDown');
      expect((await tooltip(s.page)).text).toContain('Київська');
      await s.page.keyboard.press('End');
      expect(await focusedIso(s.page)).toBe(isos.at(-1));
      await s.page.keyboard.press('Home');
      expect(await focusedIso(s.page)).toBe(isos[0]);
    });
  });

  it('shows the tooltip on tap on a phone, and closes it on a tap elsewhere', async () => {
    await withStrictPage(
      browser(),
      ctx.origin,
      { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true },
      async (s) => {
        await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
        const region = s.page.locator(`${MAP} ${regionOf('UA-18')}`);
        await region.scrollIntoViewIfNeeded();
        await region.tap();
        const tip = await tooltip(s.page);
        expect(tip.visible).toBe(true);
        expect(tip.text).toContain('Zhytomyr');
        await s.page.locator('h1').tap();
        expect((await tooltip(s.page)).visible).toBe(false);
      },
    );
  });

  it("paints each legend swatch in its class's colour on the map, light, dark and in forced colours", async () => {
    for (const [colorScheme, forcedColors] of [
      ['light', 'none'],
      ['dark', 'none'],
      ['dark', 'active'],
    ] as const)
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
        await s.page.emulateMedia({ colorScheme, forcedColors });
        await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
        const pairs = await s.page.evaluate((sel) => {
          const fig = document.querySelector(sel)!;
          return [...fig.querySelectorAll('.uamap-legend li')].map((li) => {
            const region = fig.querySelector(`.uamap-svg > .${li.classList[0]!}`);
            return {
              key: li.classList[0],
              swatch: getComputedStyle(li, '::before').backgroundColor,
              region: region && getComputedStyle(region).fill,
            };
          });
        }, MAP);
        const classes = pairs.filter((p) => /^c\d$/.test(p.key ?? ''));
        expect(classes.length, colorScheme).toBeGreaterThan(1);
        expect(new Set(classes.map((p) => p.swatch)).size).toBe(classes.length);
        for (const p of pairs.filter((p) => p.region !== null && p.key !== 'insufficient'))
          expect(p.swatch, `${colorScheme} ${forcedColors} ${p.key}`).toBe(p.region);
      });
  });

  it('reaches Kyiv city through its callout, a link like any region', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      const kyiv = s.page.locator(`${MAP} ${regionOf('UA-30')}`);
      await kyiv.scrollIntoViewIfNeeded();
      await kyiv.hover();
      const tip = await tooltip(s.page);
      expect(tip.visible).toBe(true);
      expect(tip.text).toContain('Kyiv');
      expect(tip.text.toLowerCase()).toContain('no data');
      await Promise.all([s.page.waitForURL(/\/en\/oblasts\/ua-30\/$/), kyiv.click()]);
    });
  });
});
