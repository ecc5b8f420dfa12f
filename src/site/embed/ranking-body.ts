// The ranking chart of a standalone SVG/PNG: the page's chart (OblastRanking.astro) from the
// same view (ranking-chart.ts), at a fixed width with every colour an attribute.
import { escapeXml } from '../../text/escape.ts';
import type { RankingChartView } from '../ranking-chart.ts';
import { round, textWidth } from '../svg-text.ts';
import { INK, MUTED, type Body } from './map-body.ts';

const ACCENT = '#1f4e8c';
const GRID = '#d9d6cf';
const ROW = 22;
const TIER_GAP = 26;
const AXIS = 22;
const SIZE = 13;
const VALUE_WIDTH = 34;

/** The chart of `chart` with its top-left corner at (x, y), `width` px wide. */
export function rankingBody(chart: RankingChartView, x: number, y: number, width: number): Body {
  const nameWidth = Math.min(170, Math.max(...chart.rows.map((r) => textWidth(r.name, SIZE)), 60) + 10);
  const plotX = x + nameWidth;
  const plotW = width - nameWidth - VALUE_WIDTH - 8;
  const px = (at: number) => round(plotX + (at / 100) * plotW);
  const out: string[] = [];
  let cy = y;
  const axis = (top: number) =>
    chart.axis.ticks
      .map(
        (tk) =>
          `<text x="${px(tk.at)}" y="${round(top + 15)}" font-size="11" fill="${MUTED}" text-anchor="middle">${escapeXml(tk.text)}</text>`,
      )
      .join('');
  out.push(axis(cy));
  cy += AXIS;
  const plotTop = cy;
  const rows: string[] = [];
  for (const tier of chart.tiers) {
    rows.push(
      `<text x="${x}" y="${round(cy + 17)}" font-size="11" font-weight="700" fill="${MUTED}">${escapeXml(tier.title.toUpperCase())}</text>`,
    );
    cy += TIER_GAP;
    for (const r of tier.rows) {
      const mid = round(cy + ROW / 2);
      const dot =
        tier.tier === 'trailing'
          ? `fill="#ffffff" stroke="${ACCENT}" stroke-width="2"`
          : tier.tier === 'middle'
            ? `fill="${MUTED}"`
            : `fill="${ACCENT}"`;
      rows.push(
        `<text x="${x}" y="${round(mid + 4.5)}" font-size="${SIZE}" fill="${INK}">${escapeXml(r.name)}</text>` +
          `<line x1="${px(r.at.lo)}" x2="${px(r.at.hi)}" y1="${mid}" y2="${mid}" stroke="${MUTED}" stroke-width="2"/>` +
          `<circle cx="${px(r.at.dot)}" cy="${mid}" r="5" ${dot}/>` +
          `<text x="${x + width}" y="${round(mid + 4.5)}" font-size="${SIZE}" font-weight="600" fill="${INK}" text-anchor="end">${escapeXml(r.valueText)}</text>`,
      );
      cy += ROW;
    }
  }
  const plotBottom = cy;
  // grid and national line behind the rows
  for (const tk of chart.axis.ticks) {
    out.push(
      `<line x1="${px(tk.at)}" x2="${px(tk.at)}" y1="${plotTop}" y2="${round(plotBottom)}" stroke="${GRID}" stroke-width="1"/>`,
    );
  }
  if (chart.national) {
    out.push(
      `<line x1="${px(chart.national.at)}" x2="${px(chart.national.at)}" y1="${plotTop}" y2="${round(plotBottom)}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="3 2"/>`,
    );
  }
  out.push(...rows);
  out.push(axis(cy));
  cy += AXIS;
  out.push(
    `<text x="${round(plotX + plotW / 2)}" y="${round(cy + 12)}" font-size="11" fill="${MUTED}" text-anchor="middle">${escapeXml(chart.axis.label)}</text>`,
  );
  cy += 20;
  return { defs: '', markup: `<g class="ranking-chart">${out.join('')}</g>`, width, height: round(cy - y) };
}
