// Not a benchmark: what readers see of `/` on two built sites (before/after a change that must
// not change it), at phone and desktop widths, compared screen by screen down the whole page.
//   node scripts/bench/compare-screens.ts BEFORE_DIST AFTER_DIST [OUT_DIR] [light|dark]
// Prints, per width, how many screens and pixels differ, and how many of those a 1 px vertical
// shift (sub-pixel snapping) does not explain; the first differing screens go to OUT_DIR.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../../tests/e2e/static-server.ts';

const HEIGHT = 800;
const [before, after, OUT = tmpdir(), SCHEME = 'light'] = process.argv.slice(2);
if (SCHEME !== 'light' && SCHEME !== 'dark') throw new Error(`colour scheme: light or dark, not ${SCHEME}`);
const browser = await launchChromium();
const servers = await Promise.all([before, after].map((dir) => startStaticServer([{ prefix: '/', dir }])));

const scrolled = (page: Page, top: number) =>
  page.evaluate(
    (y) =>
      new Promise((done) => {
        window.scrollTo(0, y);
        requestAnimationFrame(() => requestAnimationFrame(done));
      }),
    top,
  );

async function screens(origin: string, width: number): Promise<{ height: number; shots: Buffer[] }> {
  const page = await browser.newPage({
    viewport: { width, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: SCHEME as 'light' | 'dark',
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const shots: Buffer[] = [];
  for (let y = 0; y < (await height()); y += HEIGHT) {
    await scrolled(page, y);
    shots.push(await page.screenshot());
  }
  const h = await height();
  await page.close();
  return { height: h, shots };
}

/** Pixels that differ on the listed screens, and how many differ even allowing a 1 px vertical shift. */
async function pixelDiff(a: Buffer[], b: Buffer[], screensToCompare: number[]) {
  const page = await browser.newPage();
  let changed = 0;
  let unshifted = 0;
  for (const i of screensToCompare) {
    if (!b[i]) continue;
    const r = await page.evaluate(
      async ([x, y]) => {
        const load = async (b64: string) => {
          const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const c = new OffscreenCanvas(img.width, img.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return { w: img.width, h: img.height, d: ctx.getImageData(0, 0, img.width, img.height).data };
        };
        const [p, q] = [await load(x), await load(y)];
        const at = (img: typeof p, col: number, row: number) => {
          const o = (row * img.w + col) * 4;
          return img.d[o] * 65536 + img.d[o + 1] * 256 + img.d[o + 2];
        };
        let changed = 0;
        let unshifted = 0;
        for (let row = 0; row < p.h; row++)
          for (let col = 0; col < p.w; col++) {
            const v = at(p, col, row);
            if (v === at(q, col, row)) continue;
            changed++;
            const near = [row - 1, row + 1].some((r2) => r2 >= 0 && r2 < q.h && at(q, col, r2) === v);
            if (!near) unshifted++;
          }
        return { changed, unshifted, total: p.w * p.h };
      },
      [a[i].toString('base64'), b[i].toString('base64')] as const,
    );
    changed += r.changed;
    unshifted += r.unshifted;
  }
  await page.close();
  return { changed, unshifted };
}

try {
  for (const width of [375, 1280]) {
    const [a, b] = [await screens(servers[0].origin, width), await screens(servers[1].origin, width)];
    const differ = a.shots.flatMap((s, i) => (b.shots[i] && s.equals(b.shots[i]) ? [] : [i]));
    console.log(
      `${width}px ${SCHEME}: page height ${a.height} / ${b.height}; ${a.shots.length} screens, ${differ.length} differ${differ.length ? ` (${differ.join(', ')})` : ''}`,
    );
    const pixels = { ...(await pixelDiff(a.shots, b.shots, differ)), total: a.shots.length * width * HEIGHT };
    console.log(
      `  differing pixels: ${pixels.changed} of ${pixels.total} (${((100 * pixels.changed) / pixels.total).toFixed(3)} %)`,
    );
    console.log(`  the same screens with every row compared to its neighbours ±1 px: ${pixels.unshifted} differ`);
    for (const i of differ.slice(0, 3)) {
      writeFileSync(`${OUT}/screen-${width}-${i}-before.png`, a.shots[i]);
      if (b.shots[i]) writeFileSync(`${OUT}/screen-${width}-${i}-after.png`, b.shots[i]);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
