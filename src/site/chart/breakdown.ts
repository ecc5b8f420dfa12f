// A breakdown (one question's shares per group of communities) as a dot chart: one row per
// answer, its label on a line above, then one line per group with the group's share as a dot
// and its 95 % interval as a thin line, on a 0–100 % scale. Groups keep their order (and
// colour, from the legend) in every row, so a reader with no colour vision reads them by place.
//
// Few elements, however many answers: every interval of a group is one <path>, every dot of a
// group another; the marks sit in a nested <svg> whose x runs 0–100 (the share in %), stretched
// to the chart's width, with strokes that do not scale (a dot is a zero-length round-capped
// stroke, so it stays round). Labels are <text> at CSS size, as in chart/bar.ts, so type never
// shrinks on a phone. The numbers themselves are in the figure's table.
import { escapeXml } from '../../text/escape.ts';

export interface BreakdownChartRow {
  label: string;
  /** per group, in legend order: share 0..1 and its interval, or null when the group shows none */
  marks: ({ share: number; ci: [number, number] | null } | null)[];
}

export interface BreakdownChartOptions {
  /** accessible name: the finding */
  label: string;
  groups: number;
  /** tick labels at 0, 50 and 100 %, e.g. ['0 %', '50 %', '100 %'] */
  ticks: [string, string, string];
}

/** px: the label line, one line per group, the gap after a row, the axis line under the rows */
const LABEL = 20;
const LINE = 11;
const GAP = 9;
const AXIS = 18;

const rowHeight = (groups: number) => LABEL + groups * LINE + GAP;

/** Height in px of a chart of `rows` answers and `groups` groups. */
export const breakdownChartHeight = (rows: number, groups: number) => rows * rowHeight(groups) + AXIS;

/** A share 0..1 as an x in the 0–100 mark space, one decimal. */
const x = (share: number) => +(Math.min(1, Math.max(0, share)) * 100).toFixed(1);

/**
 * The chart as an SVG string, fluid in width (`width="100%"`), of height
 * breakdownChartHeight(rows.length, groups). Classes bd-label, bd-tick, bd-grid, bd-ci, bd-dot
 * and bd-g0… (a group's colour) are styled by the page (Breakdown.astro).
 */
export function renderBreakdownChart(rows: BreakdownChartRow[], o: BreakdownChartOptions): string {
  const h = breakdownChartHeight(rows.length, o.groups);
  const plotH = h - AXIS;
  const lineY = (r: number, g: number) => r * rowHeight(o.groups) + LABEL + g * LINE + LINE / 2;
  const labels = rows
    .map(
      (row, r) =>
        `<text class="bd-label" x="0" y="${r * rowHeight(o.groups) + LABEL - 6}">${escapeXml(row.label)}</text>`,
    )
    .join('');
  const groupPaths = Array.from({ length: o.groups }, (_, g) => {
    let ci = '';
    let dots = '';
    rows.forEach((row, r) => {
      const m = row.marks[g];
      if (!m) return;
      const y = lineY(r, g);
      if (m.ci) ci += `M${x(m.ci[0])} ${y}H${x(m.ci[1])}`;
      dots += `M${x(m.share)} ${y}h0`;
    });
    return (
      (ci ? `<path class="bd-ci bd-g${g}" d="${ci}"/>` : '') +
      (dots ? `<path class="bd-dot bd-g${g}" d="${dots}"/>` : '')
    );
  }).join('');
  // the 0, 50 and 100 % lines behind each row's group lines, not through its label
  const grid = `<path class="bd-grid" d="${rows
    .map((_, r) => {
      const [top, bottom] = [lineY(r, 0) - LINE / 2, lineY(r, o.groups - 1) + LINE / 2];
      return [0, 50, 100].map((v) => `M${v} ${top}V${bottom}`).join('');
    })
    .join('')}"/>`;
  const [t0, t50, t100] = o.ticks.map(escapeXml);
  const ticks =
    `<text class="bd-tick" x="0" y="${h - 4}">${t0}</text>` +
    `<text class="bd-tick" x="50%" y="${h - 4}" text-anchor="middle">${t50}</text>` +
    `<text class="bd-tick" x="100%" y="${h - 4}" text-anchor="end">${t100}</text>`;
  return (
    `<svg class="bd-chart" width="100%" height="${h}" role="img" aria-label="${escapeXml(o.label)}" xmlns="http://www.w3.org/2000/svg">` +
    `<svg class="bd-marks" width="100%" height="${plotH}" viewBox="0 0 100 ${plotH}" preserveAspectRatio="none" overflow="visible">` +
    grid +
    groupPaths +
    `</svg>` +
    labels +
    ticks +
    `</svg>`
  );
}
