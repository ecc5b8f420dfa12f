// The build's byte-budget gate: a page over budget makes `npm run build` fail, naming it
// (scripts/check-budgets.ts, run inside astro build by scripts/build-steps.ts).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_DOM_BUDGET } from '../../scripts/site-check/graphics.ts';
import { fixtureSite, page } from '../unit/quality/fixture-site.ts';

// Random text does not compress: 200 KB of it is over the 120 KB report budget in gzip too.
const site = fixtureSite({
  'index.html': page(`<p>${randomBytes(150 * 1024).toString('base64')}</p>`),
  'en/index.html': page('<p>small</p>'),
});
const small = fixtureSite({ 'index.html': page('<p>small</p>') });
// A report page within its byte budget that builds too many elements (its deferred ones do not count).
const crowded = fixtureSite({
  'index.html': page('<p></p>'.repeat(1900)),
  'en/index.html': page(
    `<details data-defer><summary>s</summary><noscript data-deferred>${'<p></p>'.repeat(1900)}</noscript></details>`,
  ),
});
// A page well within its own budget whose one map has too many elements and one chart too many bytes.
const heavyGraphics = fixtureSite({
  'index.html': page(
    `<figure class="uamap" data-map="map-x"><svg class="uamap-defs">${'<path d="M0 0"/>'.repeat(600)}</svg>` +
      `${'<i></i>'.repeat(200)}</figure>` +
      `<figure class="chart" data-chart-figure="bar-y"><p>${randomBytes(4 * 1024).toString('base64')}</p></figure>` +
      `<figure class="uamap" data-map="map-z"><svg><path d="M0 0"/></svg></figure>`,
  ),
});
// Its own cache of measured pages, not the project's.
const cacheDir = mkdtempSync(join(tmpdir(), 'budgets-cache-'));
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  site.cleanup();
  small.cleanup();
  heavyGraphics.cleanup();
  crowded.cleanup();
});

const check = (dir: string) =>
  spawnSync(process.execPath, ['scripts/check-budgets.ts', dir], {
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: '', BUILD_CACHE_DIR: cacheDir },
  });

describe('scripts/check-budgets.ts', () => {
  it('fails when a page is over its budget, naming the page in Ukrainian and English', () => {
    const r = check(site.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/перевищують свій бюджет/);
    expect(r.stderr).toMatch(/ \/: [\d.]+ KB total exceeds the report budget/);
    expect(r.stderr).not.toMatch(/\/en\//);
  });

  it('fails when a graphic is over the budget of its kind, naming it; the shared geometry is not counted as the map', () => {
    const r = check(heavyGraphics.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/ uamap map-x: 201 elements exceed the uamap budget of \d+/);
    expect(r.stderr).toMatch(/\/ chart bar-y: [\d.]+ KB gzip exceeds the chart budget of [\d.]+ KB/);
    expect(r.stderr).not.toMatch(/map-z/);
    expect(r.stderr).not.toMatch(/total exceeds/);
  });

  it('warns, and goes on, when a report page builds more DOM elements than its budget, not counting unopened deferred tables', () => {
    // An editor's added chart grows the page's elements: the page still publishes (a fresh
    // reviewer's one <BarChart> more stopped the whole build).
    const r = check(crowded.dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^Увага: сторінка звіту має більше елементів/);
    expect(r.stderr).toContain(`/: 1906 DOM elements exceed the report budget of ${REPORT_DOM_BUDGET}`);
    expect(r.stderr).not.toMatch(/\/en\//);
    expect(r.stderr).not.toMatch(/збірку зупинено/);
  });

  it('passes a site within budget', () => {
    expect(check(small.dir).status).toBe(0);
  });

  it('measures a page again once it changed, and a stylesheet it loads once that changed', () => {
    const grown = fixtureSite({
      'index.html': page('<p>small</p>', '<link rel="stylesheet" href="/s.css">'),
      's.css': 'p{}',
    });
    try {
      expect(check(grown.dir).status).toBe(0);
      expect(check(grown.dir).status).toBe(0); // measured pages remembered
      writeFileSync(join(grown.dir, 's.css'), randomBytes(150 * 1024).toString('base64'));
      const r = check(grown.dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/ \/: [\d.]+ KB total exceeds the report budget/);
      writeFileSync(join(grown.dir, 's.css'), 'p{}');
      expect(check(grown.dir).status).toBe(0);
      writeFileSync(
        join(grown.dir, 'index.html'),
        page(`<p>${randomBytes(150 * 1024).toString('base64')}</p>`, '<link rel="stylesheet" href="/s.css">'),
      );
      expect(check(grown.dir).status).toBe(1);
    } finally {
      grown.cleanup();
    }
  });

  it('is part of npm run build: inside its astro process, after the pages, it stops the build', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(pkg.scripts.build).toMatch(/FULL_BUILD=1 && astro build$/);
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(config).toMatch(/afterPages\(process\.env\.FULL_BUILD === '1'\)/);
    // The hook astro build runs once every page is written, on a site over budget.
    const hook = `import { afterPages } from './scripts/build-steps.ts';
      await afterPages(true).hooks['astro:build:done']({ dir: new URL('file://${site.dir}/') });
      console.log('went on');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', hook], {
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '', BUILD_CACHE_DIR: cacheDir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/перевищують свій бюджет[^]* \/: [\d.]+ KB total exceeds the report budget/);
    expect(r.stdout).not.toMatch(/went on/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
