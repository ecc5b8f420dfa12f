import { describe, expect, it } from 'vitest';
import { maxBarExtent, renderBarChart, type Bar } from './bar.ts';

const bars: Bar[] = [
  { code: 'funding', label: 'Фінансування', value: 0.5, valueText: '50 % (10)', ci: [0.3, 0.7] },
  { code: 'partners', label: 'Partners <&>', value: 0.25, valueText: '25 % (5)', ci: null },
];

describe('renderBarChart', () => {
  it('draws one row per bar, longest bar at the fixed extent, lengths proportional', () => {
    const svg = renderBarChart(bars, { id: 'needs', label: 'Needs' });
    expect(svg.match(/<text class="bar-label"/g)).toHaveLength(2);
    // all bars in one path, in % of the width; domain max is the upper CI bound 0.7, drawn at maxBarExtent
    const d = /<path class="bar" d="([^"]*)"/.exec(svg)![1]!;
    const ends = [...d.matchAll(/H([\d.]+)V/g)].map((m) => +m[1]!);
    expect(ends).toEqual([
      +((0.5 / 0.7) * maxBarExtent * 100).toFixed(2),
      +((0.25 / 0.7) * maxBarExtent * 100).toFixed(2),
    ]);
    expect(svg).toContain(`x="${+(maxBarExtent * 100).toFixed(2)}%"`);
    expect(svg).toContain('viewBox="0 0 100 ');
    expect(svg).toContain('data-chart="needs"');
  });

  it('escapes labels and gives the chart an accessible name', () => {
    const svg = renderBarChart(bars, { id: 'x', label: 'A "chart"' });
    expect(svg).toContain('Partners &lt;&amp;&gt;');
    expect(svg).toContain('aria-label="A &quot;chart&quot;"');
    expect(svg).not.toContain('<&>');
  });

  it('uses pixel lengths when a fixed width is asked for (standalone files)', () => {
    const svg = renderBarChart(bars, { id: 'x', label: 'x', width: 700 });
    expect(svg).toContain('width="700"');
    expect(svg).not.toContain('viewBox');
    expect(svg).toContain(`H${+((0.5 / 0.7) * maxBarExtent * 700).toFixed(1)}V`);
  });

  it('puts each value right beside its bar or interval, not at the far edge', () => {
    const svg = renderBarChart(bars, { id: 'x', label: 'x', width: 700 });
    // the first value follows its interval's upper end (0.7), the second its bar (0.25, no interval)
    expect(svg).toContain(`<text class="bar-value" x="${+(maxBarExtent * 700).toFixed(1)}" dx="6"`);
    expect(svg).toContain(`<text class="bar-value" x="${+((0.25 / 0.7) * maxBarExtent * 700).toFixed(1)}" dx="6"`);
  });

  it('draws the interval over a halo, so it shows on a dark bar', () => {
    const svg = renderBarChart(bars, { id: 'x', label: 'x', paint: { bar: '#1f4e8c', ink: '#222', halo: '#fff' } });
    const halo = /<path class="bar-ci-halo" stroke="#fff" d="([^"]*)"[^>]*stroke-width="4.5"/.exec(svg);
    const whisker = /<path class="bar-ci" stroke="#222" d="([^"]*)"[^>]*stroke-width="1.5"/.exec(svg);
    expect(svg.indexOf('bar-ci-halo')).toBeLessThan(svg.indexOf('class="bar-ci"'));
    // the halo under the interval line, the whisker the line and its two end ticks; one interval here
    expect(halo![1]!.match(/M/g)).toHaveLength(1);
    expect(whisker![1]!.match(/M/g)).toHaveLength(3);
  });

  it('has two elements per bar (label, value) and a fixed few for all marks', () => {
    const svg = renderBarChart([...bars, ...bars, ...bars], { id: 'x', label: 'x' });
    expect(svg.match(/<[a-z]+\b/g)).toHaveLength(2 + 3 + 6 * 2);
  });
});
