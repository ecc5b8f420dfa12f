// The report's bar chart at a fixed width for standalone files, coloured by attributes
// (a standalone file has no stylesheet).
import { barChartHeight, renderBarChart, type Bar } from '../chart/bar.ts';
import { round } from '../svg-text.ts';
import { INK, type Body } from './map-body.ts';

const BAR_FILL = '#1f4e8c';

export function barBody(bars: Bar[], label: string, x: number, y: number, width: number): Body {
  const markup = renderBarChart(bars, {
    label,
    width,
    paint: { bar: BAR_FILL, ink: INK, halo: '#ffffff' },
    at: { x: round(x), y: round(y), fontSize: 14 },
  });
  return { defs: '', markup, width, height: barChartHeight(bars.length) };
}
