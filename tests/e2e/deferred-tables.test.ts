// Tables behind their disclosures are not in the DOM until opened (src/site/defer.ts,
// src/scripts/deferred.ts), yet every reader gets them: a click or the keyboard puts the real
// table in the page (with its links, reachable by Tab and by a screen reader's table
// navigation), and with JavaScript off the same disclosure holds ordinary elements.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { openDisclosures } from './probes.ts';
import { strictPage, withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
const DEFERRED = 'details[data-defer]';

describe('deferred data tables', () => {
  it('keeps every folded table out of the DOM until its disclosure opens, by click or keyboard', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const n = await s.page.locator(DEFERRED).count();
      expect(n).toBeGreaterThanOrEqual(6);
      // scripting on: no table element inside any folded disclosure, only the noscript's text
      expect(await s.page.locator(`${DEFERRED} table`).count()).toBe(0);
      expect(await s.page.locator(`${DEFERRED} > noscript[data-deferred]`).count()).toBe(n);

      const map = s.page.locator(`figure.uamap ${DEFERRED}`).first();
      await map.locator('summary').click();
      expect(await map.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await map.locator('table tbody tr').count()).toBeGreaterThanOrEqual(24);
      expect(await map.locator('noscript').count()).toBe(0);
      // the profile links in the table are real links, the next Tab stops after the summary
      await map.locator('summary').focus();
      await s.page.keyboard.press('Tab');
      const next = await s.page.evaluate(
        () => document.activeElement?.closest('details')?.querySelector('table') !== null,
      );
      expect(next).toBe(true);

      // the keyboard opens one too (Enter on the summary)
      const chart = s.page.locator(`figure.chart ${DEFERRED}`).first();
      await chart.locator('summary').focus();
      await s.page.keyboard.press('Enter');
      expect(await chart.locator('table caption').count()).toBe(1);
      // closing keeps the table (no re-parse), opening again shows it
      await chart.locator('summary').click();
      await chart.locator('summary').click();
      expect(await chart.locator('table').count()).toBe(1);

      await openDisclosures(s.page);
      expect(await s.page.locator(`${DEFERRED} table`).count()).toBe(n);
      expect(await s.page.locator(`${DEFERRED} noscript`).count()).toBe(0);
      // screen readers get a real table: its role and header cells survive
      const roles = await s.page
        .locator(`${DEFERRED} table`)
        .first()
        .evaluate((t) => ({
          rows: t.querySelectorAll('tr').length,
          headers: t.querySelectorAll('th[scope]').length,
        }));
      expect(roles.rows).toBeGreaterThan(1);
      expect(roles.headers).toBeGreaterThan(1);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  });

  it('puts every table in the page before printing', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/en/`, { waitUntil: 'load' });
      await s.page.emulateMedia({ media: 'print' });
      await s.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      const n = await s.page.locator(DEFERRED).count();
      expect(await s.page.locator(`${DEFERRED} table`).count()).toBe(n);
    });
  });

  it('shows the same tables with JavaScript off', async () => {
    const s = await strictPage(browser(), ctx.origin, {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 900 },
    });
    try {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const n = await s.page.locator(DEFERRED).count();
      expect(n).toBeGreaterThanOrEqual(6);
      expect(await s.page.locator(`${DEFERRED} > noscript table`).count()).toBe(n);
      const first = s.page.locator(DEFERRED).first();
      await first.locator('summary').click();
      expect(await first.locator('table').isVisible()).toBe(true);
      expect(await first.locator('tbody tr').count()).toBeGreaterThan(1);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
