import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readSiteData } from '../site/data.ts';

// The ranking figure's rows carry only what differs per oblast: the plot's size, the marks'
// middle line and their look are the CSS's (one rule each, not 27 copies).
const site = readSiteData(fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url)));
type Component = Parameters<AstroContainer['renderToString']>[0];
const OblastRanking = (await import('./OblastRanking.astro')).default as unknown as Component;
const container = await AstroContainer.create();
const html = await container.renderToString(OblastRanking, { props: { links: false }, locals: { site } });
const rows = [...html.matchAll(/<li class="rk-row"[^>]*>(.*?)<\/li>/gs)].map((m) => m[1]!);

describe('<OblastRanking>', () => {
  it('draws each ranked oblast as one named image of an interval and a dot, at 0.1 % of the plot', () => {
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const plot =
        /<svg class="rk-plot" role="img" aria-label="([^"]+)"><line x1="([\d.]+)%" x2="([\d.]+)%"><\/line><circle cx="([\d.]+)%" r="5"><\/circle><\/svg>/.exec(
          row,
        );
      expect(plot, row).not.toBeNull();
      const [lo, hi, dot] = [plot![2]!, plot![3]!, plot![4]!].map(Number);
      expect(lo).toBeLessThanOrEqual(dot!);
      expect(dot).toBeLessThanOrEqual(hi!);
      for (const v of [plot![2], plot![3], plot![4]]) expect(v).toMatch(/^\d+(\.\d)?$/);
      // what a screen reader hears: the oblast, its index and interval, its possible ranks
      expect(plot![1]).toMatch(/^[^:]+: \d+ \(95 % інтервал \d+–\d+\), можливі місця \d+–\d+$/);
    }
  });

  it('leaves the size, the middle line and the look of every row to the CSS', () => {
    expect(html).not.toMatch(/<svg class="rk-plot"[^>]*height="22"/);
    expect(html).not.toMatch(/y1="11"|cy="11"|class="rk-(ci|dot)"/);
  });
});
