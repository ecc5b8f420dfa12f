// The report's findings as a reader meets them in Chromium: the leader card and the
// ranking agree with national.json's leading group, the top-direction map gives share,
// interval and n, stripes where the lead is not clear, and the small-vs-large section
// fits a phone — all generated from the built data, nothing typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionOf } from './map-regions.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { expandMapLabels, openDisclosures } from './probes.ts';
import { readable } from './readable.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
// The download wraps the data with its illustrative notice (#15): { illustrative, notice, data }.
const national = (
  JSON.parse(readFileSync(join(ctx.distDir, 'data', 'national.json'), 'utf8')) as {
    data: { leaders: string[]; leader: string | null };
  }
).data;

/** A title that states a figure, or says in words that the top answers cannot be told apart. */
const FINDING = /\d|похибк|порівну|лідера немає|too close to call|as many|no clear leader/i;

describe('answers first', () => {
  it('the first four findings at the top name the four questions, each linking to its section, before the sample', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 900 } }, async (s) => {
      for (const path of ['/', '/en/']) {
        await s.page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
        const answers = await s.page.locator('[data-answers] .answer').evaluateAll((items) =>
          items.map((li) => {
            const a = li.querySelector<HTMLAnchorElement>('.answer-question')!;
            const section = document.querySelector(a.getAttribute('href')!)!;
            return {
              question: a.textContent!.trim(),
              heading: section.querySelector('h2')!.textContent!.trim(),
              section: section.id,
              finding: li.querySelector('.answer-finding')!.textContent!.trim(),
              figure: li.querySelector('.answer-figure')!.textContent!.trim(),
            };
          }),
        );
        expect(answers.map((x) => x.section)).toEqual(['strategy', 'smartest', 'needs', 'priorities']);
        for (const x of answers) {
          expect(x.question).toBe(x.heading);
          expect(x.finding, x.finding).toMatch(FINDING);
          expect(x.figure).not.toBe('');
        }
        const top = (q: string) =>
          s.page
            .locator(q)
            .first()
            .evaluate((e) => e.getBoundingClientRect().top);
        expect(await top('[data-answers]')).toBeLessThan(await top('.key-figures'));
      }
    });
  });

  it('every chart title contains a figure or a plain statement of a tie, with its neutral label under it', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      for (const path of ['/', '/en/']) {
        await s.page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
        const titles = await s.page
          .locator(
            '[data-chart-figure] .fig-title, [data-ranking-chart] .fig-title, figure[data-breakdown] .fig-title, figure[data-map] .uamap-title',
          )
          .allTextContents();
        expect(titles.length).toBeGreaterThanOrEqual(10);
        for (const title of titles) expect(title, title).toMatch(FINDING);
        const subtitles = await s.page.locator('[data-chart-figure] .fig-subtitle').allTextContents();
        for (const sub of subtitles) expect(sub.length).toBeGreaterThan(0);
        // the tie is said by the titles, not repeated in every sentence of the narrative
        const prose = await s.page.locator('.report-section > p').allTextContents();
        expect(prose.join(' ')).not.toMatch(/статистично не розрізняються|statistically indistinguishable/);
      }
    });
  });
});

describe('the press page', () => {
  it('gives a quotable summary of three to five sentences with figures, and says «Як цитувати» once', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 900 } }, async (s) => {
      for (const [path, cite] of [
        ['/press/', 'Як цитувати'],
        ['/en/press/', 'Suggested citation'],
      ] as const) {
        await s.page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
        const sentences = await s.page.locator('[data-quotable-summary] li').allTextContents();
        expect(sentences.length).toBeGreaterThanOrEqual(3);
        expect(sentences.length).toBeLessThanOrEqual(5);
        for (const x of sentences) expect(x, x).toMatch(/\d/);
        const visible = await s.page
          .getByText(cite, { exact: true })
          .evaluateAll(
            (els) =>
              els.filter((e) => (e as HTMLElement).offsetWidth > 1 && (e as HTMLElement).offsetHeight > 1).length,
          );
        expect(visible).toBe(1);
      }
    });
  });
});

describe('findings in the report', () => {
  it('names the leading group at the top and in the ranking chart, and stars the same oblasts in its table, with possible ranks', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const card = (await s.page.locator('[data-answer="smartest"]').textContent()) ?? '';
      if (national.leaders.length > 1) expect(card).toContain(`${national.leaders.length}\u00a0област`);
      const leading = await s.page
        .locator('[data-ranking-chart] [data-tier="leading"] [data-iso]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso')));
      expect(leading.sort()).toEqual([...national.leaders].sort());
      const summary = readable(await s.page.locator('[data-ranking-summary]').textContent());
      expect(summary).toMatch(new RegExp(String(national.leaders.length)));
      await openDisclosures(s.page); // the ranking table joins the page when its disclosure opens
      const starred = await s.page
        .locator('.ranking tr:has(.lead-mark)')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso')));
      expect(starred.sort()).toEqual([...national.leaders].sort());
      const ranges = await s.page.locator('.ranking tr[data-status="ok"] td .range').allTextContents();
      expect(ranges.length).toBeGreaterThan(0);
      for (const r of ranges) expect(readable(r)).toMatch(/^\d+(–\d+)?$/);
      // Cards and the new section do not widen the page on a phone.
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  });

  it('draws every ranking row on the scale of its axis and grid, on a phone and on a desktop', async () => {
    for (const width of [375, 1280]) {
      await withStrictPage(browser(), ctx.origin, { viewport: { width, height: 900 } }, async (s) => {
        await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
        // A row's dot at 72 must sit at 72 on the axis: every plot spans the axis plot's pixels.
        const spans = await s.page.evaluate(() =>
          [...document.querySelectorAll('[data-ranking-chart] .rk-plot')].map((p) => {
            const r = p.getBoundingClientRect();
            return [Math.round(r.left), Math.round(r.right)];
          }),
        );
        expect(spans.length).toBeGreaterThan(20); // the axes, the grid and each row with a figure
        for (const span of spans) expect(span, `at ${width} px`).toEqual(spans[0]);
      });
    }
  });

  it('gives the top direction its share, interval and n in the tooltip, and explains the stripes', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 1280, height: 900 } }, async (s) => {
      await s.page.goto(`${ctx.origin}/`, { waitUntil: 'load' });
      const map = s.page.locator('figure[data-map="map-top_priority"]');
      const region = map.locator(regionOf('UA-46'));
      await region.scrollIntoViewIfNeeded();
      await region.hover();
      const tip = readable(await map.locator('[role="tooltip"]').textContent());
      expect(tip).toMatch(/ — \d+\u00a0%/); // the winner's share
      expect(tip).toMatch(/\d+–\d+\u00a0%/); // its interval
      expect(tip).toMatch(/респондент/i);
      // Ties are drawn (stripes), explained by a legend entry and a note that names what is drawn: never a glyph alone.
      const striped = await map.locator('.uamap-svg [fill="url(#uamap-tie)"]').count();
      expect(await map.locator('.uamap-legend li.tie').count()).toBe(striped > 0 ? 1 : 0);
      if (striped > 0)
        expect(readable(await map.locator('.uamap-note').first().textContent())).toMatch(/^Заштриховані області/);
      await expandMapLabels(s.page);
      expect((await map.locator('.uamap-labels').allTextContents()).join(' ')).not.toContain('≈');
    });
  });

  it('compares small and large communities, with n per group, in both languages', async () => {
    await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 900 } }, async (s) => {
      for (const path of ['/', '/en/']) {
        await s.page.goto(`${ctx.origin}${path}#small-large`, { waitUntil: 'load' });
        const section = s.page.locator('#small-large');
        expect(await section.locator('figure[data-breakdown]').count()).toBeGreaterThanOrEqual(4);
        // the legend of each dot chart names its groups with their n (the table behind the disclosure too)
        const groups = await section.locator('figure[data-breakdown] .bd-legend li').allTextContents();
        expect(groups.length).toBeGreaterThanOrEqual(4 * 3);
        for (const g of groups) expect(g).toMatch(/n\u00a0=\u00a0\d+|немає відповідей|no answers/);
        expect(readable(await section.locator('.breakdown-inline').first().textContent())).toMatch(
          /\d+\u00a0?% \(\d+–\d+\u00a0?%\)/,
        );
      }
    });
  });
});
