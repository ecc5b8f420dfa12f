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
}

/** The longest bar (or interval) spans the full width: values sit above the bars. */
const maxBarExtent = 1;

/**
 * A horizontal bar chart as an SVG string. In a page it is fluid: bar lengths
 * are percentages of the chart width and text keeps its CSS size, so the
 * chart stays legible from 320 px to wide screens without scaling type. Each
 * row puts its label and value on one line above the bar, so no text can run
 * past the end of a long bar on a narrow screen.
 */
export function renderBarChart(bars: Bar[], options: BarChartOptions): string {
  const rowHeight = options.rowHeight ?? 46;
  const height = bars.length * rowHeight + 4;
  const domainMax = Math.max(...bars.map((b) => Math.max(b.value, b.ci?.[1] ?? 0)), 0.0001);
  const pct = (v: number) => ((v / domainMax) * maxBarExtent * 100).toFixed(2) + '%';
  const px = (v: number) => (options.width ? ((v / domainMax) * maxBarExtent * options.width).toFixed(1) : pct(v));
  const widthAttr = options.width ? `width="${options.width}"` : 'width="100%"';
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight;
    const whisker = bar.ci
      ? `<line class="bar-ci" x1="${px(bar.ci[0])}" x2="${px(bar.ci[1])}" y1="${y + 29}" y2="${y + 29}" stroke="currentColor" stroke-width="1.5"/>`
      : '';
    return (
      `<g class="bar-row" data-code="${escapeXml(bar.code)}" data-value="${bar.value}">` +
      `<text class="bar-label" x="0" y="${y + 15}">${escapeXml(bar.label)}</text>` +
      `<rect class="bar" x="0" y="${y + 21}" width="${px(bar.value)}" height="16" rx="2"/>` +
      whisker +
      `<text class="bar-value" x="${options.width ?? '100%'}" y="${y + 15}" text-anchor="end">${escapeXml(bar.valueText)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg class="bar-chart" data-chart="${escapeXml(options.id)}" ${widthAttr} height="${height}" role="img" aria-label="${escapeXml(options.label)}" xmlns="http://www.w3.org/2000/svg">` +
    rows.join('') +
    `</svg>`
  );
}
