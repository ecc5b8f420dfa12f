// The browser checks must fail on a broken site. This serves tiny deliberately broken
// pages and asserts that each check catches what it exists to catch.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';
import { horizontalOverflow, readableWithoutJs, settle } from './probes.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';
import { strictPage } from './strict-page.ts';

const doc = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body><main>${body}</main></body></html>`;

const FIXTURES: Record<string, string> = {
  'clean/index.html': doc(
    '<h1>Fine</h1><div data-map><svg width="100" height="50" role="img" aria-label="map"><rect width="100" height="50"/></svg></div><p data-illustrative-notice>Illustrative</p>',
  ),
  'noisy/index.html': doc(
    '<h1>x</h1><img src="/missing.png" alt="m"><img src="http://example.com/t.png" alt="t"><script>console.error("boom")</script><script>undefinedFn()</script>',
  ),
  'alert/index.html': doc('<h1>x</h1><img src="/nope" alt="" onerror="alert(1)">'),
  'a11y/index.html': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><main><h1>x</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"></main></body></html>`,
  'dark/index.html': doc(
    '<h1>x</h1><p>Readable only in light mode</p>',
    '<style>p{color:#000;background:#fff}@media (prefers-color-scheme: dark){p{color:#333;background:#222}}</style>',
  ),
  'wide/index.html': doc('<h1>x</h1><div style="width:1200px">too wide</div>'),
  'js-only/index.html': doc(
    '<div id="t"></div><div data-map><svg width="0" height="0"></svg></div><script>document.getElementById("t").innerHTML = "<h1>Only with JS</h1>"</script>',
  ),
};

const browser = useBrowser();
let dir = '';
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'e2e-broken-'));
  for (const [path, html] of Object.entries(FIXTURES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  server = await startStaticServer([{ prefix: '/', dir }]);
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, options = {}) {
  const s = await strictPage(browser(), server.origin, { viewport: { width: 375, height: 800 }, ...options });
  await s.page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return s;
}

describe('browser checks on deliberately broken pages', () => {
  it('a clean page passes every check', async () => {
    const s = await open('/clean/');
    expect(await axeViolations(s.page)).toEqual([]);
    expect(await horizontalOverflow(s.page)).toBe(0);
    expect(s.problems).toEqual([]);
    await s.close();
    const nojs = await open('/clean/', { javaScriptEnabled: false });
    expect(await readableWithoutJs(nojs.page)).toEqual({ h1: 'Fine', hiddenMaps: [], notice: true });
    await nojs.close();
  });

  it('records console errors, exceptions, 404s and requests leaving the origin', async () => {
    const s = await open('/noisy/');
    await s.close();
    expect(s.problems).toEqual(
      expect.arrayContaining([
        'request left the origin: GET http://example.com/t.png',
        expect.stringMatching(/^HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/missing\.png$/),
        expect.stringMatching(/^console error: boom/),
        expect.stringMatching(/^uncaught exception: undefinedFn is not defined/),
      ]),
    );
  });

  it('records dialogs opened by injected handlers', async () => {
    const s = await open('/alert/');
    await s.close();
    expect(s.problems).toContain('dialog (alert): 1');
  });

  it('reports axe violations', async () => {
    const s = await open('/a11y/');
    const violations = await axeViolations(s.page);
    await s.close();
    expect(violations.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
  });

  it('catches contrast that fails only in dark mode', async () => {
    const s = await open('/dark/', { colorScheme: 'light' });
    expect(await axeViolations(s.page)).toEqual([]);
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await settle(s.page);
    const dark = await axeViolations(s.page);
    await s.close();
    expect(dark).toEqual([expect.stringMatching(/^color-contrast /)]);
  });

  it('measures sideways overflow on a phone', async () => {
    const s = await open('/wide/');
    expect(await horizontalOverflow(s.page)).toBeGreaterThan(800);
    await s.close();
  });

  it('sees that content written by JS is missing without JS', async () => {
    const s = await open('/js-only/', { javaScriptEnabled: false });
    expect(await readableWithoutJs(s.page)).toEqual({ h1: '', hiddenMaps: [0], notice: false });
    await s.close();
  });
});
