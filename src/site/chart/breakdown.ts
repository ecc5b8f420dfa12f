// A breakdown (one question's shares per group of communities) as a dot chart: one row per
// answer, its label on a line above, then one line per group with the group's share as a dot
// and its 95 % interval as a thin line, on a 0–100 % scale. Groups keep their order (and
// colour, from the legend) in every row, so a reader with no colour vision reads them by place.
//
// Few elements, however many answers: every interval of a group is one <path>, every dot of a
// group another, each mark a relative move from the last; the grid is one dashed <path>; the
// marks sit in a nested <svg> whose x runs 0–100 (the share in %), stretched to the chart's
// width, with strokes that do not scale (a dot is a zero-length round-capped stroke, so it stays
// round). Labels are <text> at CSS size, as in chart/bar.ts, so type never
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

/** A share 0..1 as tenths of the 0–100 mark space (0.1 %: under a pixel at the chart's 704 px). */
const tenths = (share: number) => Math.round(Math.min(1, Math.max(0, share)) * 1000);
const num = (t: number) => String(t / 10);

/**
 * Marks `[from, to, y]` (x in tenths, y in px) as one path: the first placed absolutely, each
 * next one by a relative move from where the last ended (rows are a fixed step apart, so the
 * y step repeats and only the x values vary); a segment ends with `H` at `to`, a dot (`from ===
 * to`) with `h0`, a zero-length stroke its round cap draws as a dot.
 */
function marksPath(marks: [number, number, number][], dots: boolean): string {
  let d = '';
  let at: [number, number] | null = null;
  for (const [from, to, y] of marks) {
    d += at ? `m${num(from - at[0])} ${y - at[1]}` : `M${num(from)} ${y}`;
    d += dots ? 'h0' : `H${num(to)}`;
    at = [dots ? from : to, y];
  }
  return d;
}

/**
 * The chart as an SVG string, fluid in width (`width="100%"`), of height
 * breakdownChartHeight(rows.length, groups). Classes bd-label, bd-tick, bd-grid, bd-ci, bd-dot
 * and bd-g0… (a group's colour) are styled by the page (Breakdown.astro). No xmlns: it lives in a
 * page's HTML.
 */
export function renderBreakdownChart(rows: BreakdownChartRow[], o: BreakdownChartOptions): string {
  const h = breakdownChartHeight(rows.length, o.groups);
  const plotH = h - AXIS;
  const step = rowHeight(o.groups);
  const lineY = (r: number, g: number) => r * step + LABEL + g * LINE + LINE / 2;
  const labels = rows
    .map((row, r) => `<text class="bd-label" y="${r * step + LABEL - 6}">${escapeXml(row.label)}</text>`)
    .join('');
  const groupPaths = Array.from({ length: o.groups }, (_, g) => {
    const ci: [number, number, number][] = [];
    const dots: [number, number, number][] = [];
    rows.forEach((row, r) => {
      const m = row.marks[g];
      if (!m) return;
      const y = lineY(r, g);
      if (m.ci) ci.push([tenths(m.ci[0]), tenths(m.ci[1]), y]);
      dots.push([tenths(m.share), tenths(m.share), y]);
    });
    return (
      (ci.length ? `<path class="bd-ci bd-g${g}" d="${marksPath(ci, false)}"/>` : '') +
      (dots.length ? `<path class="bd-dot bd-g${g}" d="${marksPath(dots, true)}"/>` : '')
    );
  }).join('');
  // the 0, 50 and 100 % lines behind each row's group lines, not through its label: three lines
  // over all rows, dashed to the rows' rhythm (a dash as long as a row's group lines, a gap as
  // its label and the space after it); the y scale is 1, so the dashes are in px
  const top = LABEL;
  const grid = `<path class="bd-grid" d="M0 ${top}V${plotH}M50 ${top}V${plotH}M100 ${top}V${plotH}" stroke-dasharray="${o.groups * LINE} ${LABEL + GAP}"/>`;
  const [t0, t50, t100] = o.ticks.map(escapeXml);
  const ticks =
    `<text class="bd-tick" y="${h - 4}">${t0}</text>` +
    `<text class="bd-tick" x="50%" y="${h - 4}" text-anchor="middle">${t50}</text>` +
    `<text class="bd-tick" x="100%" y="${h - 4}" text-anchor="end">${t100}</text>`;
  return (
    `<svg class="bd-chart" width="100%" height="${h}" role="img" aria-label="${escapeXml(o.label)}">` +
    // a nested <svg> is as wide as its parent by default; Breakdown.astro lets the dots overflow it
    `<svg class="bd-marks" height="${plotH}" viewBox="0 0 100 ${plotH}" preserveAspectRatio="none">` +
    grid +
    groupPaths +
    `</svg>` +
    labels +
    ticks +
    `</svg>`
  );
}
