// A map for standalone SVG/PNG: the same layout and colours as the page's map, but
// self-contained — every path inline (no <use> of page-level geometry), every colour
// and stroke an attribute (no CSS, no variables), at a fixed width.
import { escapeXml } from '../../text/escape.ts';
import { BORDERS_ID, OUTLINE_ID, geometryId } from '../map/defs.ts';
import { placeLabel, type MapLayout } from '../map/layout.ts';
import type { LegendEntry, MapModel } from '../map/model.ts';
import { labelWidth, round, textWidth } from '../svg-text.ts';

export const INK = '#1c1d21';
export const MUTED = '#555a63';

/**
 * A halo behind text, as on the page: the opposite of the ink, drawn under the glyphs
 * (paint-order), so a label stays legible over any fill, border or marker.
 */
export function halo(ink: string, width = 3): string {
  const colour = ink.toLowerCase() === '#ffffff' ? '#1a1a1a' : '#ffffff';
  return ` stroke="${colour}" stroke-width="${width}" stroke-linejoin="round" paint-order="stroke"`;
}

function hatchDef(): string {
  // Same id as the page's pattern: the model names it in the fill of "insufficient" units.
  return (
    `<pattern id="uamap-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#F4F4F4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8A8A8A" stroke-width="2.2"/></pattern>`
  );
}

export interface Body {
  /** Definitions to place in the root <defs>. */
  defs: string;
  markup: string;
  width: number;
  height: number;
}

export interface MapBodyOptions {
  labels?: boolean;
  /**
   * Refer to the page's shared geometry (map/defs.ts) with <use> instead of inlining
   * every path: for previews inside an HTML page that already carries it.
   */
  sharedGeometry?: boolean;
}

export function mapBody(
  layout: MapLayout,
  model: MapModel,
  x: number,
  y: number,
  width: number,
  options: MapBodyOptions = {},
): Body {
  const s = width / layout.width;
  const shape = (id: string, d: string) =>
    options.sharedGeometry ? `<use href="#${id}"` : `<path d="${escapeXml(d)}"`;
  const line = (px: number) => round(px / s);
  const fills = new Map(model.regions.map((r) => [r.iso, r]));
  const calloutIsos = new Set(layout.callouts.map((c) => c.iso));
  const regions = layout.regions
    .filter((r) => !calloutIsos.has(r.iso))
    .map((r) => `${shape(geometryId(r.iso), r.d)} fill="${escapeXml(fills.get(r.iso)?.fill ?? '#D0D0D0')}"/>`)
    .join('');
  const borders = `${shape(BORDERS_ID, layout.borders)} fill="none" stroke="#ffffff" stroke-width="${line(0.8)}" stroke-linejoin="round"/>`;
  const outline = `${shape(OUTLINE_ID, layout.outline)} fill="none" stroke="${MUTED}" stroke-width="${line(1)}" stroke-linejoin="round"/>`;
  const callouts = layout.callouts
    .map((c) => {
      const region = fills.get(c.iso);
      const [ox, oy] = c.origin;
      const [cx, cy] = c.at;
      const leader =
        Math.hypot(cx - ox, cy - oy) > c.r
          ? `<line x1="${ox}" y1="${oy}" x2="${cx}" y2="${cy}" stroke="${MUTED}" stroke-width="${line(1)}"/>`
          : '';
      const name = region
        ? `<text x="${c.label.at[0]}" y="${c.label.at[1]}" text-anchor="${c.label.anchor}" font-size="12" fill="${INK}"${halo(INK)}>${escapeXml(region.short)}</text>`
        : '';
      return `${leader}<circle cx="${cx}" cy="${cy}" r="${c.r}" fill="${escapeXml(region?.fill ?? '#D0D0D0')}" stroke="${INK}" stroke-width="${line(1)}"/>${name}`;
    })
    .join('');
  let labels = '';
  if (options.labels !== false) {
    const shapes = new Map(layout.regions.map((r) => [r.iso, r]));
    labels = model.regions
      .filter((r) => !calloutIsos.has(r.iso))
      .map((r) => {
        const fit = placeLabel(shapes.get(r.iso)!, r, labelWidth);
        if (!fit) return '';
        const { at, size, text } = fit;
        return `<text x="${at[0]}" y="${at[1]}" dy="0.35em" text-anchor="middle" font-size="${size}" fill="${r.ink}"${halo(r.ink, 2.5)}>${escapeXml(text)}</text>`;
      })
      .join('');
  }
  const height = layout.height * s;
  return {
    defs: options.sharedGeometry ? '' : hatchDef(),
    markup: `<g transform="translate(${round(x)} ${round(y)}) scale(${s.toFixed(4)})">${regions}${borders}${outline}${callouts}${labels}</g>`,
    width,
    height,
  };
}

/** Legend swatches flowing left to right, wrapping at `width`. */
export function legendBlock(
  entries: LegendEntry[],
  x: number,
  y: number,
  width: number,
  size = 13,
): { markup: string; height: number } {
  const sw = Math.round(size * 1.08);
  const rowHeight = Math.round(size * 1.7);
  let cx = 0;
  let row = 0;
  const items = entries.map((e) => {
    const w = sw + 6 + textWidth(e.label, size) + 18;
    if (cx > 0 && cx + w > width) {
      cx = 0;
      row++;
    }
    const ix = x + cx;
    const iy = y + row * rowHeight;
    cx += w;
    return (
      `<rect x="${round(ix)}" y="${round(iy + 2)}" width="${sw}" height="${sw}" fill="${escapeXml(e.fill)}" stroke="${MUTED}" stroke-width="0.5"/>` +
      `<text x="${round(ix + sw + 6)}" y="${round(iy + size + 1)}" font-size="${size}" fill="${INK}">${escapeXml(e.label)}</text>`
    );
  });
  return { markup: items.join(''), height: entries.length ? (row + 1) * rowHeight : 0 };
}
