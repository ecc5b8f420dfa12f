// local helper (not committed): screenshots of a page at 375/1280, light/dark
import { chromium } from 'playwright-core';
const [url, out, selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [375, 1280])
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(url);
    const target = selector ? page.locator(selector).first() : page;
    await target.screenshot({ path: `${out}-${width}-${scheme}.png`, ...(selector ? {} : { fullPage: true }) });
    await page.close();
  }
await browser.close();
