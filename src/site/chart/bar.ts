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
  name: 'bar-chart' | 'bar' | 'bar-value' | 'bar-ci' | 'bar-ci-halo',
  paint: BarPaint | undefined,
): string {
  if (!paint) return `class="${name}"`;
  const colours = {
    bar: `fill="${paint.bar}"`,
    // the labels' colour, inherited from the chart (the marks set their own)
    'bar-chart': `fill="${paint.ink}"`,
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
 *
 * Few elements and few bytes, however many bars: all bars are one <path>, all halos one, all
 * whiskers one, drawn with relative steps so only a bar's end, an interval's ends and a row's
 * y vary; the labels take their colour from the chart and the values are one group (it carries
 * their class, paint and gap after the bar), so a row adds just its two <text>s. In a fluid chart the
 * marks sit in a nested <svg> whose x runs 0–100 (% of the width, to 0.1: under a pixel at the
 * chart's 704 px), stretched to the chart's width, with strokes that do not scale; a fixed-width
 * chart (standalone files) draws them in px. No xmlns: a page's HTML needs none, and a
 * standalone file nests the chart in a composition that declares it.
 */
export function renderBarChart(bars: Bar[], options: BarChartOptions): string {
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const height = barChartHeight(bars.length, rowHeight);
  const { paint, at } = options;
  const domainMax = Math.max(...bars.map((b) => Math.max(b.value, b.ci?.[1] ?? 0)), 0.0001);
  const span = options.width ?? 100;
  /** a share as an x in mark space: px of a fixed-width chart, % of the width of a fluid one */
  const mx = (v: number) => +((v / domainMax) * maxBarExtent * span).toFixed(1);
  const px = (v: number) => (options.width ? String(mx(v)) : `${mx(v)}%`);
  const widthAttr = options.width ? `width="${options.width}"` : 'width="100%"';
  let barsD = '';
  let halosD = '';
  let whiskersD = '';
  let labels = '';
  let values = '';
  /** where the last interval ended (hi, its row's middle), to move to the next one relatively */
  let last: [number, number] | null = null;
  bars.forEach((bar, i) => {
    const y = i * rowHeight;
    const mid = y + 29;
    // a closed bar leaves the pen at its start: the next bar is one row down
    barsD += `${i === 0 ? `M0 ${y + 21}` : `m0 ${rowHeight}`}h${mx(bar.value)}v16H0z`;
    if (bar.ci) {
      const [lo, hi] = [mx(bar.ci[0]), mx(bar.ci[1])];
      const dx = last ? +(lo - last[0]).toFixed(1) : 0;
      // the halo under the interval line only (not its end ticks), with round ends
      halosD += `${last ? `m${dx} ${mid - last[1]}` : `M${lo} ${mid}`}H${hi}`;
      // the tick at lo, back up to the middle, the line to hi, the tick at hi (ending 5 below the middle)
      whiskersD += `${last ? `m${dx} ${mid - last[1] - 10}` : `M${lo} ${mid - 5}`}v10m0-5H${hi}m0-5v10`;
      last = [hi, mid];
    }
    const end = Math.max(bar.value, bar.ci?.[1] ?? 0);
    labels += `<text y="${y + 15}">${escapeXml(bar.label)}</text>`;
    values += `<text x="${px(end)}" y="${mid + 5}">${escapeXml(bar.valueText)}</text>`;
  });
  // A page's fluid chart takes the strokes' shape from its stylesheet (BarChart.astro: the same
  // widths, round halo ends, strokes that do not stretch with the marks); a file carries them.
  const fluid = !options.width && !paint;
  const stroke = (width: number, round = false) =>
    fluid ? '' : ` fill="none" stroke-width="${width}"${round ? ' stroke-linecap="round"' : ''}`;
  const marks =
    `<path ${classed('bar', paint)} d="${barsD}"/>` +
    (whiskersD
      ? `<path ${classed('bar-ci-halo', paint)} d="${halosD}"${stroke(4.5, true)}/>` +
        `<path ${classed('bar-ci', paint)} d="${whiskersD}"${stroke(1.5)}/>`
      : '');
  return (
    // A nested <svg> in a composition keeps the chart's own coordinates; x/y place it.
    `<svg ${at ? `x="${at.x}" y="${at.y}" font-size="${at.fontSize}" ` : ''}${classed('bar-chart', paint)} ${widthAttr} height="${height}" role="img" aria-label="${escapeXml(options.label)}">` +
    (options.width
      ? marks
      : `<svg class="bar-marks" height="${height}" viewBox="0 0 100 ${height}" preserveAspectRatio="none">${marks}</svg>`) +
    labels +
    `<g ${classed('bar-value', paint)} transform="translate(${VALUE_GAP})">${values}</g>` +
    `</svg>`
  );
}
