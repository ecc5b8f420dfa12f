// The report on paper: Chromium's own PDF of `/` on A4 has few pages and none nearly empty
// (before the print styles of #21 it had 34, three of them a lone paragraph or line).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { pdfTextFill } from './pdf-pages.ts';
import { expandMapLabels } from './probes.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
/** Measured 14 for `/` and `/en/` (December 2026); the rest is room for editors' text. */
const MAX_PAGES = 18;
/** A page whose text ends in its top third is nearly empty (the last page may be short). */
const MIN_FILL = 1 / 3;

describe('print', () => {
  for (const path of ['/', '/en/']) {
    it(`prints ${path} on at most ${MAX_PAGES} A4 pages, none nearly empty but the last`, async () => {
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
        await s.page.goto(ctx.origin + path, { waitUntil: 'load' });
        const fill = pdfTextFill(await s.page.pdf({ format: 'A4' }));
        expect(fill.length).toBeGreaterThan(3);
        expect(fill.length).toBeLessThanOrEqual(MAX_PAGES);
        const sparse = fill.slice(0, -1).flatMap((f, i) => (f < MIN_FILL ? [`page ${i + 1}: ${f.toFixed(2)}`] : []));
        expect(sparse).toEqual([]);
        expect(fill.at(-1)).toBeGreaterThan(0);
      });
    });
  }

  it('prints every map’s labels at a size that reads on paper (the short labels at the printed map’s width)', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await s.page.emulateMedia({ media: 'print' });
      await expandMapLabels(s.page);
      const sizes = await s.page.evaluate(() =>
        [...document.querySelectorAll<SVGTextElement>('figure.uamap .uamap-labels text')]
          .filter((t) => t.getBoundingClientRect().height > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1)),
      );
      expect(sizes.length).toBeGreaterThan(50);
      // 9 CSS px is about 7 pt on paper; the full names printed at ~5 px.
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    });
  });

  it('leaves the screen’s controls and folded tables off the paper and says where the tables are', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await s.page.emulateMedia({ media: 'print' });
      const shown = await s.page.evaluate(() =>
        ['.site-nav', '.lang-switch', 'details.data-table', '.graphic-links', '.to-contents', '.print-only'].map((q) =>
          [...document.querySelectorAll(q)].some((el) => el.getClientRects().length > 0),
        ),
      );
      expect(shown).toEqual([false, false, false, false, false, true]);
      expect(await s.page.locator('.print-only').first().innerText()).toMatch(/\/data\/$/);
    });
  });
});
