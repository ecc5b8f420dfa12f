import { describe, expect, it } from 'vitest';
import { breakdownChartHeight, renderBreakdownChart, type BreakdownChartRow } from './breakdown.ts';

const rows: BreakdownChartRow[] = [
  { label: 'затверджена', marks: [{ share: 0.1, ci: [0.018, 0.404] }, { share: 0.185, ci: [0.148, 0.229] }, null] },
  { label: 'Partners <&>', marks: [{ share: 0.2, ci: null }, { share: 1, ci: [0.9, 1] }, null] },
  { label: 'планується', marks: [{ share: 0, ci: [0, 0.05] }, { share: 0.5, ci: [0.4, 0.6] }, null] },
];
/** The marks of a path as absolute [x, y] of where each starts (M, m), and the x where it ends (H; h0 for a dot). */
function marks(d: string): { x: number; y: number; to: number }[] {
  const out: { x: number; y: number; to: number }[] = [];
  let [x, y] = [0, 0];
  for (const [, cmd, a, b] of d.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [+a!, +b!];
    if (cmd === 'm') [x, y] = [+(x + +a!).toFixed(1), y + +b!];
    if (cmd === 'M' || cmd === 'm') out.push({ x, y, to: x });
    if (cmd === 'H') x = out.at(-1)!.to = +a!;
  }
  return out;
}
const pathOf = (svg: string, cls: string) => new RegExp(`<path class="${cls}" d="([^"]*)"`).exec(svg)![1]!;

const options = { label: 'Малі громади — 10 %, "великі" — 34 %', groups: 3, ticks: ['0 %', '50 %', '100 %'] } as const;

describe('renderBreakdownChart', () => {
  const svg = renderBreakdownChart(rows, { ...options, ticks: [...options.ticks] });

  it('draws every interval of a group as one path and every dot as another, whatever the number of answers', () => {
    expect(svg.match(/<path class="bd-ci bd-g0"/g)).toHaveLength(1);
    expect(svg.match(/<path class="bd-dot bd-g1"/g)).toHaveLength(1);
    // a group with no shares (too few answers) draws nothing
    expect(svg).not.toContain('bd-g2');
    // shares on the 0–100 scale, one dot per answer, intervals only where there is one
    const dots0 = pathOf(svg, 'bd-dot bd-g0');
    expect(dots0.match(/h0/g)).toHaveLength(3);
    expect(marks(dots0).map((m) => m.x)).toEqual([10, 20, 0]);
    const ci0 = marks(pathOf(svg, 'bd-ci bd-g0'));
    expect(ci0.map((m) => [m.x, m.to])).toEqual([
      [1.8, 40.4],
      [0, 5],
    ]);
    // each next mark a relative move: the y step between rows (20 + 3 × 11 + 9 px) repeats
    expect(pathOf(svg, 'bd-dot bd-g1')).toBe('M18.5 36.5h0m81.5 62h0m-50 62h0');
  });

  it('gives each group its own line within a row, in the same order in every row', () => {
    const ys = (cls: string) => marks(pathOf(svg, cls)).map((m) => m.y);
    const [g0, g1] = [ys('bd-dot bd-g0'), ys('bd-dot bd-g1')];
    for (let r = 0; r < rows.length; r++) expect(g1[r]!).toBeGreaterThan(g0[r]!);
    expect(g0[1]!).toBeGreaterThan(g1[0]!);
  });

  it("draws the grid once, dashed to the rows: a dash over each row's group lines, a gap over its label", () => {
    expect(svg).toContain(`<path class="bd-grid" d="M0 20V186M50 20V186M100 20V186" stroke-dasharray="33 29"/>`);
    expect(breakdownChartHeight(3, 3) - 18).toBe(186);
  });

  it('is one element per answer label plus a fixed few, labelled by its finding, and as tall as it says', () => {
    const elements = svg.match(/<[a-z]+\b/g)!.length;
    expect(elements).toBe(2 + 1 + 4 + rows.length + 3);
    expect(svg).not.toContain('xmlns');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Малі громади — 10 %, &quot;великі&quot; — 34 %"');
    expect(svg).toContain('Partners &lt;&amp;&gt;');
    expect(svg).toContain(`height="${breakdownChartHeight(3, 3)}"`);
  });
});
