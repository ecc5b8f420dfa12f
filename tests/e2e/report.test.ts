// The report as a reader uses it: the language switch keeps the section, the keyboard
// reaches everything in order without traps, and nothing errors on the way.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();

describe('language switch', () => {
  it('takes the reader to the same section in the other language', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await s.page.locator('#needs').scrollIntoViewIfNeeded();
      await s.page.evaluate(() => document.getElementById('needs')!.scrollIntoView({ block: 'start' }));
      await Promise.all([s.page.waitForURL(/\/en\/#needs$/), s.page.locator('[data-lang-switch]').click()]);
      expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
      expect(await s.page.locator('#needs h2, h2#needs-title').first().textContent()).toMatch(/need/i);
      // and back, from another page, without an anchor
      await s.page.goto(`${ctx.origin}/en/methodology/`, { waitUntil: 'load' });
      await Promise.all([s.page.waitForURL(/\/methodology\/$/), s.page.locator('[data-lang-switch]').click()]);
      expect(new URL(s.page.url()).pathname).toBe('/methodology/');
      expect(await s.page.locator('html').getAttribute('lang')).toBe('uk');
    });
  });
  it('reads the page only when the reader reaches for it: nothing on load or scroll, the section on focus', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const href = () => s.page.locator('[data-lang-switch]').evaluate((a) => (a as HTMLAnchorElement).href);
      await s.page.evaluate(() => document.getElementById('needs')!.scrollIntoView({ block: 'start' }));
      // Reading the sections' positions forces a layout of the whole page: not before it is needed.
      expect(new URL(await href()).hash).toBe('');
      await s.page.locator('[data-lang-switch]').focus();
      expect(new URL(await href()).hash).toBe('#needs');
    });
  });
});

describe('keyboard', () => {
  it('skip link goes to the content; Tab walks the report forward with visible focus and no trap', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await s.page.keyboard.press('Tab');
      expect(await s.page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      await s.page.keyboard.press('Enter');
      expect(await s.page.evaluate(() => location.hash)).toBe('#main');
      const seen: string[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < 400; i++) {
        await s.page.keyboard.press('Tab');
        const info = await s.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          const key =
            el.tagName +
            (el.id ? '#' + el.id : '') +
            (el.querySelector(':scope > use')?.getAttribute('href') ?? '') + // a map region's shape: #uamap-UA-46
            (el.getAttribute('href') ?? '') +
            (el.textContent ?? '').slice(0, 30);
          return { key, visible: r.width > 0 && r.height > 0, footer: !!el.closest('footer') };
        });
        if (!info) break;
        if (!info.visible) invisible.push(info.key);
        seen.push(info.key);
        if (info.footer) break;
      }
      expect(invisible).toEqual([]);
      // Reached the footer: no trap on the way, and every map was a stop.
      expect(seen.length).toBeGreaterThan(10);
      expect(seen.length).toBeLessThan(400);
      const mapStops = await s.page.locator('figure[data-map]').count();
      expect(seen.filter((k) => /UA-\d\d/.test(k)).length).toBe(mapStops);
    });
  });
});
