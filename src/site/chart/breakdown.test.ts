import { describe, expect, it } from 'vitest';
import { breakdownChartHeight, renderBreakdownChart, type BreakdownChartRow } from './breakdown.ts';

const rows: BreakdownChartRow[] = [
  { label: 'затверджена', marks: [{ share: 0.1, ci: [0.018, 0.404] }, { share: 0.185, ci: [0.148, 0.229] }, null] },
  { label: 'Partners <&>', marks: [{ share: 0.2, ci: null }, { share: 1, ci: [0.9, 1] }, null] },
  { label: 'планується', marks: [{ share: 0, ci: [0, 0.05] }, { share: 0.5, ci: [0.4, 0.6] }, null] },
];
const options = { label: 'Малі громади — 10 %, "великі" — 34 %', groups: 3, ticks: ['0 %', '50 %', '100 %'] } as const;

describe('renderBreakdownChart', () => {
  const svg = renderBreakdownChart(rows, { ...options, ticks: [...options.ticks] });

  it('draws every interval of a group as one path and every dot as another, whatever the number of answers', () => {
    expect(svg.match(/<path class="bd-ci bd-g0"/g)).toHaveLength(1);
    expect(svg.match(/<path class="bd-dot bd-g1"/g)).toHaveLength(1);
    // a group with no shares (too few answers) draws nothing
    expect(svg).not.toContain('bd-g2');
    // shares on the 0–100 scale, one dot per answer, intervals only where there is one
    const dots0 = /<path class="bd-dot bd-g0" d="([^"]*)"/.exec(svg)![1]!;
    expect(dots0.match(/M[\d.]+ [\d.]+h0/g)).toEqual([
      expect.stringMatching(/^M10 /),
      expect.stringMatching(/^M20 /),
      expect.stringMatching(/^M0 /),
    ]);
    const ci0 = /<path class="bd-ci bd-g0" d="([^"]*)"/.exec(svg)![1]!;
    expect(ci0.match(/H/g)).toHaveLength(2);
    expect(ci0).toMatch(/^M1\.8 [\d.]+H40\.4/);
  });

  it('gives each group its own line within a row, in the same order in every row', () => {
    const ys = (cls: string) =>
      [...new RegExp(`<path class="${cls}" d="([^"]*)"`).exec(svg)![1]!.matchAll(/M[\d.]+ ([\d.]+)/g)].map(
        (m) => +m[1]!,
      );
    const [g0, g1] = [ys('bd-dot bd-g0'), ys('bd-dot bd-g1')];
    for (let r = 0; r < rows.length; r++) expect(g1[r]!).toBeGreaterThan(g0[r]!);
    expect(g0[1]!).toBeGreaterThan(g1[0]!);
  });

  it('is one element per answer label plus a fixed few, labelled by its finding, and as tall as it says', () => {
    const elements = svg.match(/<[a-z]+\b/g)!.length;
    expect(elements).toBe(2 + 1 + 4 + rows.length + 3);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Малі громади — 10 %, &quot;великі&quot; — 34 %"');
    expect(svg).toContain('Partners &lt;&amp;&gt;');
    expect(svg).toContain(`height="${breakdownChartHeight(3, 3)}"`);
  });
});
