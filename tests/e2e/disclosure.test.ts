// Every folded data table (under charts and maps alike) has one style, and its summary says
// what the next click does: «Показати…» while folded, «Сховати…» once open.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { settle } from './probes.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();

describe('data-table disclosures', () => {
  it('share one colour and switch their text between show and hide', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const summaries = s.page.locator('details.data-table > summary');
      const n = await summaries.count();
      expect(n).toBeGreaterThanOrEqual(6);
      const looks = await summaries.evaluateAll((els) =>
        els.map((e) => `${getComputedStyle(e).color} ${getComputedStyle(e).fontWeight}`),
      );
      expect(new Set(looks).size, looks.join(' | ')).toBe(1);
      expect(await s.page.locator('figure.uamap details.data-table').count()).toBeGreaterThan(0);
      for (const i of [0, n - 1]) {
        const summary = summaries.nth(i);
        await summary.scrollIntoViewIfNeeded();
        await settle(s.page);
        expect(await summary.innerText()).toBe('Показати таблицю');
        await summary.click();
        expect(await summary.innerText()).toBe('Сховати таблицю');
        await summary.click();
        expect(await summary.innerText()).toBe('Показати таблицю');
      }
    });
  });
});
