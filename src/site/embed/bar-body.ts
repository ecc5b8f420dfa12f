// The report's bar chart at a fixed width for standalone files. The page styles bars
// with CSS classes; a standalone file cannot rely on a stylesheet, so the same
// markup gets its colours as presentation attributes.
import { renderBarChart, type Bar } from '../chart/bar.ts';
import { round } from './svg-text.ts';
import { INK, MUTED, type Body } from './map-body.ts';

export const BAR_FILL = '#1f4e8c';

const classAttributes: Record<string, string> = {
  bar: `fill="${BAR_FILL}"`,
  'bar-label': `fill="${INK}"`,
  'bar-value': `fill="${INK}" font-weight="600"`,
  'bar-ci': `color="${MUTED}"`,
};

/** Adds explicit colours next to the classes the page's CSS would have styled. */
export function inlineBarStyles(svg: string): string {
  return svg
    .replace(/class="(bar|bar-label|bar-value|bar-ci)"/g, (m, name: string) => `${m} ${classAttributes[name]}`)
    .replace(/stroke="currentColor"/g, `stroke="${MUTED}"`);
}

export function barBody(bars: Bar[], id: string, label: string, x: number, y: number, width: number): Body {
  const svg = inlineBarStyles(renderBarChart(bars, { id, label, width }));
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  // A nested <svg> keeps the chart's own coordinates; x/y place it in the composition.
  const placed = svg.replace(/^<svg /, `<svg x="${round(x)}" y="${round(y)}" font-size="14" `);
  return { defs: '', markup: placed, width, height };
}
