// The report's findings as a reader meets them in Chromium: the leader card and the
// ranking agree with national.json's leading group, the top-direction map gives share,
// interval and n, stripes where the lead is not clear, and the small-vs-large section
// fits a phone — all generated from the built data, nothing typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
// The download wraps the data with its illustrative notice (#15): { illustrative, notice, data }.
const national = (
  JSON.parse(readFileSync(join(ctx.distDir, 'data', 'national.json'), 'utf8')) as {
    data: { leaders: string[]; leader: string | null };
  }
).data;

describe('findings in the report', () => {
  it('names the leading group on the card and stars the same oblasts in the ranking, with possible ranks', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const card = (await s.page.locator('.key-figures [data-key-figure="leader"]').textContent()) ?? '';
      if (national.leaders.length > 1) expect(card).toContain('статистично не розрізняються');
      const starred = await s.page
        .locator('.ranking tr:has(.lead-mark)')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso')));
      expect(starred.sort()).toEqual([...national.leaders].sort());
      const ranges = await s.page.locator('.ranking tr[data-status="ok"] td .range').allTextContents();
      expect(ranges.length).toBeGreaterThan(0);
      for (const r of ranges) expect(r).toMatch(/^\d+(–\d+)?$/);
      // Cards and the new section do not widen the page on a phone.
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  });

  it('gives the top direction its share, interval and n in the tooltip, and explains the stripes', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const map = s.page.locator('figure[data-map="map-top_priority"]');
      const region = map.locator('[data-iso="UA-46"]');
      await region.scrollIntoViewIfNeeded();
      await region.hover();
      const tip = (await map.locator('[role="tooltip"]').textContent()) ?? '';
      expect(tip).toMatch(/ — \d+\u00a0%/); // the winner's share
      expect(tip).toMatch(/\d+–\d+\u00a0%/); // its interval
      expect(tip).toMatch(/респондент/);
      // Ties are drawn (stripes), explained by a legend entry and a note that names what is drawn: never a glyph alone.
      const striped = await map.locator('.uamap-svg [fill="url(#uamap-tie)"]').count();
      expect(await map.locator('.uamap-legend [data-class="tie"]').count()).toBe(striped > 0 ? 1 : 0);
      if (striped > 0) expect(await map.locator('.uamap-note').first().textContent()).toMatch(/^Заштриховані області/);
      expect((await map.locator('.uamap-labels').allTextContents()).join(' ')).not.toContain('≈');
    });
  });

  it('compares small and large communities, with n per group, in both languages', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 900 } }, async (s) => {
      for (const path of ['/', '/en/']) {
        await s.page.goto(`${ctx.origin}${path}#small-large`, { waitUntil: 'load' });
        const section = s.page.locator('#small-large');
        expect(await section.locator('figure[data-breakdown]').count()).toBeGreaterThanOrEqual(4);
        const heads = await section.locator('figure[data-breakdown] thead .group-n').allTextContents();
        for (const h of heads) expect(h).toMatch(/n\u00a0=\u00a0\d+|немає відповідей|no answers/);
        expect(await section.locator('.breakdown-inline').first().textContent()).toMatch(
          /\d+\u00a0?% \(\d+–\d+\u00a0?%\)/,
        );
      }
    });
  });
});
