// Embeds on someone else's page, in real Chromium: a host page on one loopback port
// with a strict CSP embeds a map served from another port. The frame takes its
// content's height through our resizer, the tooltip works inside it, a forged height
// from another frame is ignored, and nothing is fetched from a third party.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionOf } from './map-regions.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';

const ctx = e2e();
const browser = useBrowser();
const GRAPHIC = 'map-has_cdto';
const FORGED_HEIGHT = 4321;

let server: Server;
let hostOrigin = '';

function hostPage(embedOrigin: string, forgerOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>A newsroom article</h1>
<iframe id="ours" src="${embedOrigin}/en/embed/${GRAPHIC}/" title="Map" width="100%" height="300" frameborder="0"></iframe>
<iframe id="forger" src="${forgerOrigin}/forger.html" title="Forger" width="300" height="50"></iframe>
<script src="${embedOrigin}/embed/resize.js" async></script>
</body></html>`;
}

// A frame from another origin that pretends to be our embed and asks for a huge height.
const forger = `<!doctype html><html><body><script>
setInterval(function () {
  parent.postMessage({ type: 'smart-survey:embed-height', id: '${GRAPHIC}', height: ${FORGED_HEIGHT} }, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: ${FORGED_HEIGHT} }, '*');
}, 50);
</script></body></html>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const forgerOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
    if (req.url === '/host.html') {
      // Strict: scripts only from the embed's origin, frames from it and the forger, no inline anything.
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; script-src ${ctx.origin}; frame-src ${ctx.origin} ${forgerOrigin}; style-src 'none'; img-src 'none'`,
      });
      return res.end(hostPage(ctx.origin, forgerOrigin));
    }
    if (req.url === '/sandboxed.html') {
      // News sites often sandbox third-party frames: scripts allowed, origin opaque.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<iframe id="sandboxed" sandbox="allow-scripts" src="${ctx.origin}/en/embed/${GRAPHIC}/" title="Map" width="100%" height="300" frameborder="0"></iframe>
<script src="${ctx.origin}/embed/resize.js" async></script></body></html>`);
    }
    if (req.url === '/forger.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(forger);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('an embedded map on a strict-CSP host page on another origin', () => {
  it('resizes to its content, ignores the forged height, shows its tooltip, fetches nothing elsewhere', async () => {
    const context = await browser().newContext({ viewport: { width: 700, height: 900 } });
    const offsite: string[] = [];
    const problems: string[] = [];
    // 'localhost' and '127.0.0.1' are different origins: the forger lives on the former.
    const forgerOrigin = hostOrigin.replace('127.0.0.1', 'localhost');
    await context.route('**/*', (route) => {
      const origin = new URL(route.request().url()).origin;
      if ([ctx.origin, hostOrigin, forgerOrigin].includes(origin)) return route.continue();
      offsite.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(`${hostOrigin}/host.html`, { waitUntil: 'load' });
      const frame = page.frame({ url: new RegExp(`/embed/${GRAPHIC}/`) });
      expect(frame).not.toBeNull();
      await frame!.waitForSelector('.uamap-js', { state: 'attached' });
      const contentHeight = async () =>
        frame!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const frameHeight = async () => Number(await page.getAttribute('#ours', 'height'));
      await page.waitForFunction(() => document.querySelector('#ours')!.getAttribute('height') !== '300');
      // Let the forger post a few times (counted as the host receives them, no fixed wait);
      // the height must still be the content's own.
      await page.evaluate((forged) => {
        const w = window as unknown as { forgedSeen: number };
        w.forgedSeen = 0;
        window.addEventListener('message', (e) => {
          if ((e.data as { height?: unknown } | null)?.height === forged) w.forgedSeen++;
        });
      }, FORGED_HEIGHT);
      await page.waitForFunction(() => (window as unknown as { forgedSeen: number }).forgedSeen >= 10);
      expect(await frameHeight()).toBe(await contentHeight());
      expect(await frameHeight()).not.toBe(FORGED_HEIGHT);
      expect(await frameHeight()).toBeGreaterThan(400);

      // Narrower host column: the map shrinks, the frame follows.
      const before = await frameHeight();
      await page.setViewportSize({ width: 400, height: 900 });
      await page.waitForFunction((h) => Number(document.querySelector('#ours')!.getAttribute('height')) !== h, before);
      expect(await frameHeight()).toBe(await contentHeight());

      // The tooltip works inside the frame.
      await frame!.hover(regionOf('UA-46'));
      const tip = frame!.locator('.uamap-tooltip');
      await tip.waitFor({ state: 'visible' });
      expect(await tip.textContent()).toMatch(/Lviv/);

      expect({ offsite, problems }).toEqual({ offsite: [], problems: [] });
    } finally {
      await context.close();
    }
  });

  it('works in an iframe sandboxed with allow-scripts only: interactive, and the host takes its height', async () => {
    const context = await browser().newContext({ viewport: { width: 700, height: 900 } });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${hostOrigin}/sandboxed.html`, { waitUntil: 'load' });
      const frame = page.frame({ url: new RegExp(`/embed/${GRAPHIC}/`) })!;
      expect(await frame.evaluate(() => origin)).toBe('null');
      await frame.waitForSelector('.uamap-js', { state: 'attached' });
      await page.waitForFunction(() => document.querySelector('#sandboxed')!.getAttribute('height') !== '300');
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(Number(await page.getAttribute('#sandboxed', 'height'))).toBe(content);
      await frame.hover(regionOf('UA-46'));
      await frame.locator('.uamap-tooltip').waitFor({ state: 'visible' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the embed page works without the resizer: the default height shows the whole graphic at article width', async () => {
    const context = await browser().newContext({ viewport: { width: 680, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${ctx.origin}/embed/${GRAPHIC}/`, { waitUntil: 'load' });
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const { defaultHeight } = await import('../../src/site/embed/height.ts');
      const { embedGraphics } = await import('../../src/site/graphics.ts');
      const codebook = (await import('../../data/codebook.json', { with: { type: 'json' } })).default;
      const graphic = embedGraphics(codebook as never).find((g) => g.id === GRAPHIC)!;
      expect(height).toBeLessThanOrEqual(defaultHeight(graphic, codebook as never));
    } finally {
      await context.close();
    }
  });
});
