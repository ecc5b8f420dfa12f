// The phone "card" tables name every value after its column (src/styles/tables.css): the names
// are declared once per table (src/site/table-labels.ts), not on each cell, and must still
// reach every cell, with scripting on (tables parsed in when their disclosure opens) and off
// (the same tables rendered from their <noscript>), under the site's Content-Security-Policy
// (the strict page fails on the console error of a blocked style).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { openDisclosures } from './probes.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();

interface LabelReport {
  /** reflowed tables seen and value cells checked */
  tables: number;
  cells: number;
  /** cells whose label is missing, not plain text with empty alternative text, or not their column's header */
  wrong: string[];
}

/** Every reflowed table's cells against their column headers, as a phone shows them. */
function labelReport(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    // compared by letters and digits only: a header is typeset (no-break spaces, soft hyphens)
    // and may hold its second part in a span («Місце» + «Можливі місця»; a group + its n)
    // where the label joins the two with « · » or «, »
    const norm = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
    const wrong: string[] = [];
    let tables = 0;
    let cells = 0;
    for (const section of document.querySelectorAll<HTMLElement>('.report-section'))
      section.style.contentVisibility = 'visible';
    for (const table of document.querySelectorAll<HTMLTableElement>('main table.reflow')) {
      if (table.getBoundingClientRect().width === 0) continue;
      const head = table.tHead;
      // reflowed: the header row is there for screen readers only
      if (!head || head.getBoundingClientRect().width > 1) {
        wrong.push(`not reflowed: ${table.className}`);
        continue;
      }
      tables += 1;
      const headers = [...head.rows[0]!.cells].map((c) => c.textContent ?? '');
      for (const row of [...table.tBodies, ...(table.tFoot ? [table.tFoot] : [])].flatMap((g) => [...g.rows])) {
        for (const cell of row.cells) {
          if (cell.tagName !== 'TD' || cell.getBoundingClientRect().width === 0) continue;
          cells += 1;
          const content = getComputedStyle(cell, '::before').content;
          // `"label" / ""` where the alternative-text syntax is supported (Chromium)
          const m = /^"((?:[^"\\]|\\.)*)" \/ ""$/.exec(content);
          const label = m ? m[1]!.replace(/\\(.)/g, '$1') : null;
          const header = headers[cell.cellIndex] ?? '';
          if (label === null || label.trim() === '' || norm(label) !== norm(header))
            wrong.push(`${content} for «${header.trim()}» in row «${row.textContent?.trim().slice(0, 30)}»`);
        }
      }
    }
    return { tables, cells, wrong };
  });
}

const PAGES: [path: string, minTables: number, minCells: number][] = [
  ['/', 10, 300],
  ['/oblasts/ua-46/', 2, 60],
];

describe('phone card tables', () => {
  for (const [path, minTables, minCells] of PAGES) {
    for (const js of [true, false]) {
      it(`label every value with its column's header on ${path}, JavaScript ${js ? 'on' : 'off'}`, async () => {
        const options = { viewport: { width: 375, height: 800 }, javaScriptEnabled: js };
        await withStrictPage(browser(), ctx.origin, options, async (s) => {
          await s.page.goto(ctx.origin + path, { waitUntil: 'load' });
          if (js) await openDisclosures(s.page);
          await s.page.evaluate(() => {
            for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([data-site-menu])'))
              d.open = true;
          });
          const report = await labelReport(s.page);
          expect(report.wrong).toEqual([]);
          expect(report.tables).toBeGreaterThanOrEqual(minTables);
          expect(report.cells).toBeGreaterThanOrEqual(minCells);
        });
      });
    }
  }

  it('keeps the row header and a wide screen free of labels', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      await openDisclosures(s.page);
      const drawn = await s.page.evaluate(() =>
        [...document.querySelectorAll('main table.reflow td, main table.reflow th')]
          .map((c) => getComputedStyle(c, '::before').content)
          .filter((c) => c !== 'none' && c !== 'normal'),
      );
      expect(drawn).toEqual([]);
    });
  });
});
