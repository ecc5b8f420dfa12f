// Layout on a phone and a desktop: every table fits (narrow ones reflow into labelled cards
// and stay tables for screen readers), the phone header is one short line whose menu works
// with and without JS, and long pages lead back to their contents.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { horizontalOverflow, openDisclosures } from './probes.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
const PAGES = ['/', '/en/', '/oblasts/ua-46/', '/press/'];

/** Opens every table disclosure (not the site menu); deferred tables are parsed in by the click. */
async function openTables(page: Page): Promise<void> {
  await openDisclosures(page);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([data-site-menu])')) d.open = true;
  });
}

/**
 * Table cells a reader cannot see whole: text cut inside the cell, or a cell that lies outside
 * the viewport or outside the visible box of the element that scrolls it. Cells of a header row
 * hidden for screen readers only (a reflowed table's thead) are not drawn and not counted.
 */
function clippedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const viewport = document.documentElement.clientWidth;
    for (const cell of document.querySelectorAll<HTMLElement>('main table th, main table td')) {
      const box = cell.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const head = cell.closest('thead');
      if (head && head.getBoundingClientRect().width <= 1) continue;
      let left = 0;
      let right = viewport;
      for (let el = cell.parentElement; el && el !== document.body; el = el.parentElement) {
        if (getComputedStyle(el).overflowX === 'visible') continue;
        const r = el.getBoundingClientRect();
        left = Math.max(left, r.left);
        right = Math.min(right, r.right);
      }
      const cut = cell.scrollWidth > cell.clientWidth + 1;
      const outside = box.left < left - 1 || box.right > right + 1;
      if (cut || outside)
        bad.push(
          `${cut ? 'cut' : 'outside'}: «${(cell.textContent ?? '').trim().slice(0, 40)}» in «${cell.closest('table')?.caption?.textContent?.trim().slice(0, 40) ?? ''}»`,
        );
    }
    return bad;
  });
}

describe('tables', () => {
  for (const path of PAGES) {
    it(`fit a 375 px phone on ${path}: no cell cut off or out of view, no sideways scrolling`, async () => {
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
        await s.page.goto(ctx.origin + path, { waitUntil: 'load' });
        await openTables(s.page);
        expect(await clippedCells(s.page)).toEqual([]);
        expect(await horizontalOverflow(s.page)).toBe(0);
      });
    });
    it(`fit a 1280 px screen on ${path}: no table scrolls`, async () => {
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
        await s.page.goto(ctx.origin + path, { waitUntil: 'load' });
        await openTables(s.page);
        const scrolling = await s.page.evaluate(() =>
          [...document.querySelectorAll('main table')]
            .map((t) => t.parentElement!)
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.querySelector('caption')?.textContent?.trim() ?? el.className),
        );
        expect(scrolling).toEqual([]);
        expect(await clippedCells(s.page)).toEqual([]);
      });
    });
  }

  it('stay tables for screen readers when they reflow into cards', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await openTables(s.page);
      const dom = await s.page.evaluate(() => {
        const tables = [...document.querySelectorAll('main table.reflow')];
        const count = (q: string) => tables.reduce((n, t) => n + t.querySelectorAll(q).length, 0);
        const card = getComputedStyle(tables[0]!.querySelector('tbody tr')!).display;
        return { tables: tables.length, rows: count('tr'), cells: count('td'), card };
      });
      expect(dom.tables).toBeGreaterThanOrEqual(10);
      expect(dom.card).toBe('flex');
      // The browser's own accessibility tree, as assistive technology gets it.
      const cdp = await s.page.context().newCDPSession(s.page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; ignored: boolean }[];
      };
      const roles = (r: string) => nodes.filter((n) => !n.ignored && n.role?.value === r).length;
      expect(roles('table')).toBeGreaterThanOrEqual(dom.tables);
      expect(roles('row')).toBeGreaterThanOrEqual(dom.rows);
      expect(roles('cell') + roles('gridcell')).toBeGreaterThanOrEqual(dom.cells);
      expect(roles('columnheader')).toBeGreaterThan(0);
      expect(roles('rowheader')).toBeGreaterThan(0);
    });
  });
});

describe('phone header', () => {
  it('is one line under 64 px with a menu that opens, closes with Escape and returns focus', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const header = s.page.locator('.site-header');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
      const nav = s.page.locator('.site-nav');
      const menu = s.page.locator('[data-site-menu] > summary');
      expect(await nav.isVisible()).toBe(false);
      // the keyboard reaches it right after the skip link and the site's name
      for (let i = 0; i < 3; i++) await s.page.keyboard.press('Tab');
      expect(await s.page.evaluate(() => document.activeElement?.closest('[data-site-menu]') !== null)).toBe(true);
      await s.page.keyboard.press('Enter');
      expect(await nav.isVisible()).toBe(true);
      expect(await s.page.locator('[data-lang-switch]').isVisible()).toBe(true);
      await s.page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
      expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await menu.click();
      await s.page.locator('.site-nav a[href="/press/"]').click();
      await s.page.waitForURL(/\/press\/$/);
    });
  });

  it('opens its menu without JS', async () => {
    await withStrictPage(
      browser(),
      ctx.origin,
      { viewport: { width: 375, height: 800 }, javaScriptEnabled: false },
      async (s) => {
        await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
        expect(await s.page.locator('.site-nav').isVisible()).toBe(false);
        await s.page.locator('[data-site-menu] > summary').click();
        expect(await s.page.locator('.site-nav a[href="/en/about/"]').isVisible()).toBe(true);
      },
    );
  });

  it('keeps the full navigation in view on a desktop, with no menu button', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      expect(await s.page.locator('.site-nav a').first().isVisible()).toBe(true);
      expect(await s.page.locator('[data-site-menu]').isVisible()).toBe(false);
      expect((await s.page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
    });
  });
});

describe('the way back to the contents', () => {
  it('follows every report section and leads to the contents', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const sections = await s.page.locator('main [data-section]').count();
      expect(sections).toBeGreaterThan(3);
      expect(await s.page.locator('main [data-section] > .to-contents a[href="#contents"]').count()).toBe(sections);
      const last = s.page.locator('main [data-section] > .to-contents a').last();
      await last.click();
      await s.page.waitForURL(/#contents$/);
      const toc = await s.page.locator('#contents').boundingBox();
      expect(toc!.y).toBeGreaterThanOrEqual(-1);
      expect(toc!.y).toBeLessThan(800);
    });
  });
});
