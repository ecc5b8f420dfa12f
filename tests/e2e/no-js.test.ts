// With JavaScript off, every page still shows its heading, its maps and, while the data
// is illustrative, the notice: JS may only enhance.
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../scripts/site-check/pages.ts';
import { isIllustrative } from '../build/site.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { readableWithoutJs } from './probes.ts';
import { strictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();
const illustrative = isIllustrative();

describe.each(discoverPages(ctx.distDir))('$route without JavaScript', ({ route }) => {
  it('shows the heading, every map and the notice', async () => {
    const s = await strictPage(browser(), ctx.origin, {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 900 },
    });
    try {
      await s.page.goto(ctx.origin + route, { waitUntil: 'load' });
      const seen = await readableWithoutJs(s.page);
      expect(seen.h1, 'visible, non-empty h1').not.toBe('');
      expect(seen.hiddenMaps, '[data-map] elements without a visible svg').toEqual([]);
      if (illustrative) expect(seen.notice, 'visible illustrative-data notice').toBe(true);
      expect(s.problems).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
