import { writeFileSync } from 'node:fs';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../../tests/e2e/static-server.ts';
const [before, after, out] = process.argv.slice(2);
const browser = await launchChromium();
const servers = await Promise.all([before!, after!].map((dir) => startStaticServer([{ prefix: '/', dir }])));
const modes = [
  { name: 'light', colorScheme: 'light' as const },
  { name: 'dark', colorScheme: 'dark' as const },
  { name: 'forced', colorScheme: 'light' as const, forcedColors: 'active' as const },
  { name: 'print', colorScheme: 'dark' as const, media: 'print' as const },
];
for (const [i, s] of servers.entries())
  for (const m of modes)
    for (const map of ['map-top_priority', 'map-has_cdto']) {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
      await page.emulateMedia({ colorScheme: m.colorScheme, forcedColors: m.forcedColors ?? 'none', media: m.media ?? 'screen' });
      await page.goto(`${s.origin}/`, { waitUntil: 'load' });
      const fig = page.locator(`figure[data-map="${map}"]`);
      await fig.scrollIntoViewIfNeeded();
      const box = (await fig.boundingBox())!;
      const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 560) } });
      writeFileSync(`${out}/${map}-${m.name}-${i ? 'after' : 'before'}.png`, shot);
      await page.close();
    }
await browser.close();
for (const s of servers) await s.close();
