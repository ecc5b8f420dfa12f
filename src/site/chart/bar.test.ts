import { describe, expect, it } from 'vitest';
import { maxBarExtent, renderBarChart, type Bar } from './bar.ts';

const bars: Bar[] = [
  { code: 'funding', label: 'Фінансування', value: 0.5, valueText: '50 % (10)', ci: [0.3, 0.7] },
  { code: 'partners', label: 'Partners <&>', value: 0.25, valueText: '25 % (5)', ci: null },
];

describe('renderBarChart', () => {
  it('draws one row per bar, longest bar at the fixed extent, lengths proportional', () => {
    const svg = renderBarChart(bars, { label: 'Needs' });
    expect(svg).toMatch(/<\/svg><text y="15">Фінансування<\/text><text y="61">Partners/);
    // all bars in one path, in % of the width to 0.1; domain max is the upper CI bound 0.7, drawn at maxBarExtent
    const d = /<path class="bar" d="([^"]*)"/.exec(svg)![1]!;
    expect(d).toBe(
      `M0 21h${+((0.5 / 0.7) * maxBarExtent * 100).toFixed(1)}v16H0z` +
        `m0 46h${+((0.25 / 0.7) * maxBarExtent * 100).toFixed(1)}v16H0z`,
    );
    expect(svg).toContain(`x="${+(maxBarExtent * 100).toFixed(1)}%"`);
    expect(svg).toContain('viewBox="0 0 100 ');
    // a page's HTML needs no namespace; a standalone file's composition declares it
    expect(svg).not.toContain('xmlns');
  });

  it('escapes labels and gives the chart an accessible name', () => {
    const svg = renderBarChart(bars, { label: 'A "chart"' });
    expect(svg).toContain('Partners &lt;&amp;&gt;');
    expect(svg).toContain('aria-label="A &quot;chart&quot;"');
    expect(svg).not.toContain('<&>');
  });

  it('uses pixel lengths when a fixed width is asked for (standalone files)', () => {
    const svg = renderBarChart(bars, { label: 'x', width: 700 });
    expect(svg).toContain('width="700"');
    expect(svg).not.toContain('viewBox');
    expect(svg).toContain(`h${+((0.5 / 0.7) * maxBarExtent * 700).toFixed(1)}v16`);
  });

  it('puts each value right beside its bar or interval, not at the far edge', () => {
    const svg = renderBarChart(bars, { label: 'x', width: 700 });
    // the values' group keeps a 6 px gap; the first value follows its interval's upper end
    // (0.7), the second its bar (0.25, no interval)
    const values = /<g class="bar-value" transform="translate\(6\)">(.*?)<\/g>/.exec(svg)![1]!;
    expect([...values.matchAll(/<text x="([\d.]+)"/g)].map((m) => +m[1]!)).toEqual([
      +(maxBarExtent * 700).toFixed(1),
      +((0.25 / 0.7) * maxBarExtent * 700).toFixed(1),
    ]);
  });

  it('draws the interval over a halo, so it shows on a dark bar', () => {
    const svg = renderBarChart(bars, { label: 'x', paint: { bar: '#1f4e8c', ink: '#222', halo: '#fff' } });
    const halo = /<path class="bar-ci-halo" stroke="#fff" d="([^"]*)"[^>]*stroke-width="4.5"/.exec(svg);
    const whisker = /<path class="bar-ci" stroke="#222" d="([^"]*)"[^>]*stroke-width="1.5"/.exec(svg);
    expect(svg.indexOf('bar-ci-halo')).toBeLessThan(svg.indexOf('class="bar-ci"'));
    // 0.3–0.7 of a 0.7 domain: 30.9–72 % of the width, on the row's middle line (y 29)
    expect(halo![1]).toBe('M30.9 29H72');
    // the tick at 30.9 (24–34), back to the middle, the line to 72, the tick at 72
    expect(whisker![1]).toBe('M30.9 24v10m0-5H72m0-5v10');
    // the paint of the text groups: standalone files have no stylesheet
    expect(svg).toMatch(/^<svg class="bar-chart" fill="#222" /);
    expect(svg).toContain('<g class="bar-value" fill="#222" font-weight="600" transform="translate(6)">');
  });

  it('moves from one interval to the next relatively, skipping rows with none', () => {
    const three: Bar[] = [bars[0]!, bars[1]!, { ...bars[0]!, value: 0.2, ci: [0.1, 0.35] }];
    const svg = renderBarChart(three, { label: 'x', width: 700 });
    const at = (v: number) => +((v / 0.7) * maxBarExtent * 700).toFixed(1);
    // from the first interval's end (hi, middle of row 0 at y 29) to the third's start (middle of row 2 at y 121)
    const dx = +(at(0.1) - at(0.7)).toFixed(1);
    expect(/class="bar-ci-halo"[^>]*d="([^"]*)"/.exec(svg)![1]).toBe(`M${at(0.3)} 29H${at(0.7)}m${dx} 92H${at(0.35)}`);
    expect(/class="bar-ci"[^>]*d="([^"]*)"/.exec(svg)![1]).toBe(
      `M${at(0.3)} 24v10m0-5H${at(0.7)}m0-5v10m${dx} 82v10m0-5H${at(0.35)}m0-5v10`,
    );
  });

  it('has two elements per bar (label, value) and a fixed few for all marks', () => {
    const svg = renderBarChart([...bars, ...bars, ...bars], { label: 'x' });
    expect(svg.match(/<[a-z]+\b/g)).toHaveLength(2 + 3 + 1 + 6 * 2);
  });
});
