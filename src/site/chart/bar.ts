import { escapeXml } from '../../text/escape.ts';

export interface Bar {
  code: string;
  label: string;
  /** share 0..1 */
  value: number;
  /** already formatted for the reader, e.g. "62,5 % (125)" */
  valueText: string;
  ci: [number, number] | null;
}

export interface BarChartOptions {
  id: string;
  /** accessible name of the chart */
  label: string;
  /** fixed pixel width for standalone files; omit for a fluid page chart */
  width?: number;
  rowHeight?: number;
  /**
   * Standalone files have no stylesheet: the colours the page's CSS gives each class
   * (BarChart.astro) are written as attributes next to the class instead.
   */
  paint?: BarPaint;
  /** Standalone files: where the chart sits in the composition, and its type size. */
  at?: { x: number; y: number; fontSize: number };
}

/** Colours of a standalone chart: bars, text (and the interval whiskers), the halo under a whisker. */
interface BarPaint {
  bar: string;
  ink: string;
  /** the background colour */
  halo: string;
}

const ROW_HEIGHT = 46;

/** Height in px of a chart of `count` bars. */
export const barChartHeight = (count: number, rowHeight = ROW_HEIGHT) => count * rowHeight + 4;

/** `class="…"`, followed by the colours the page's CSS would give that class when `paint` is set. */
function classed(
  name: 'bar' | 'bar-label' | 'bar-value' | 'bar-ci' | 'bar-ci-halo',
  paint: BarPaint | undefined,
): string {
  if (!paint) return `class="${name}"`;
  const colours = {
    bar: `fill="${paint.bar}"`,
    'bar-label': `fill="${paint.ink}"`,
    'bar-value': `fill="${paint.ink}" font-weight="600"`,
    'bar-ci': `stroke="${paint.ink}"`,
    'bar-ci-halo': `stroke="${paint.halo}"`,
  };
  return `class="${name}" ${colours[name]}`;
}

/**
 * The longest bar (or interval) spans this share of the width; the rest holds the value
 * beside it ("89 % (351)" needs about 85 px, 28 % of a 320 px phone column).
 */
export const maxBarExtent = 0.72;
/** Gap in px between the end of a bar (or its interval) and its value. */
const VALUE_GAP = 6;

/**
 * A horizontal bar chart as an SVG string. In a page it is fluid: bar lengths
 * are percentages of the chart width and text keeps its CSS size, so the
 * chart stays legible from 320 px to wide screens without scaling type. Each
 * row puts its label on a line above the bar and its value right beside the bar's
 * end (or its interval's, whichever is further), so the eye never travels across
 * the chart to read a short bar. The 95 % interval is a dark line with end ticks over
 * a halo in the page colour, so it shows on the bar as well as beside it.
 */
export function renderBarChart(bars: Bar[], options: BarChartOptions): string {
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const height = barChartHeight(bars.length, rowHeight);
  const { paint, at } = options;
  const domainMax = Math.max(...bars.map((b) => Math.max(b.value, b.ci?.[1] ?? 0)), 0.0001);
  const pct = (v: number) => ((v / domainMax) * maxBarExtent * 100).toFixed(2) + '%';
  const px = (v: number) => (options.width ? ((v / domainMax) * maxBarExtent * options.width).toFixed(1) : pct(v));
  const widthAttr = options.width ? `width="${options.width}"` : 'width="100%"';
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight;
    const mid = y + 29;
    const whisker = bar.ci
      ? `<line ${classed('bar-ci-halo', paint)} x1="${px(bar.ci[0])}" x2="${px(bar.ci[1])}" y1="${mid}" y2="${mid}" stroke-width="4.5" stroke-linecap="round"/>` +
        `<line ${classed('bar-ci', paint)} x1="${px(bar.ci[0])}" x2="${px(bar.ci[1])}" y1="${mid}" y2="${mid}" stroke-width="1.5"/>` +
        [bar.ci[0], bar.ci[1]]
          .map(
            (v) =>
              `<line ${classed('bar-ci', paint)} x1="${px(v)}" x2="${px(v)}" y1="${mid - 5}" y2="${mid + 5}" stroke-width="1.5"/>`,
          )
          .join('')
      : '';
    const end = Math.max(bar.value, bar.ci?.[1] ?? 0);
    return (
      `<g class="bar-row" data-code="${escapeXml(bar.code)}" data-value="${bar.value}">` +
      `<text ${classed('bar-label', paint)} x="0" y="${y + 15}">${escapeXml(bar.label)}</text>` +
      `<rect ${classed('bar', paint)} x="0" y="${y + 21}" width="${px(bar.value)}" height="16" rx="2"/>` +
      whisker +
      `<text ${classed('bar-value', paint)} x="${px(end)}" dx="${VALUE_GAP}" y="${mid + 5}">${escapeXml(bar.valueText)}</text>` +
      `</g>`
    );
  });
  return (
    // A nested <svg> in a composition keeps the chart's own coordinates; x/y place it.
    `<svg ${at ? `x="${at.x}" y="${at.y}" font-size="${at.fontSize}" ` : ''}class="bar-chart" data-chart="${escapeXml(options.id)}" ${widthAttr} height="${height}" role="img" aria-label="${escapeXml(options.label)}" xmlns="http://www.w3.org/2000/svg">` +
    rows.join('') +
    `</svg>`
  );
}
