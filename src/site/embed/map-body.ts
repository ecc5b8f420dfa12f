// The map and legend of a standalone SVG/PNG: the page's renderer (map/render.ts) with
// the standalone paint — every path inline, every colour an attribute, at a fixed width.
import { escapeXml } from '../../text/escape.ts';
import type { MapLayout } from '../map/layout.ts';
import type { LegendEntry, MapModel } from '../map/model.ts';
import { renderMap } from '../map/render.ts';
import { TIE_ID, tiePattern } from '../map/defs.ts';
import { round, textWidth } from '../svg-text.ts';

export const INK = '#1c1d21';
export const MUTED = '#555a63';

function hatchDef(): string {
  // Same id as the page's pattern: the model names it in the fill of "insufficient" units.
  return (
    `<pattern id="uamap-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#F4F4F4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8A8A8A" stroke-width="2.2"/></pattern>` +
    tiePattern()
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

/** The map of `model` for a standalone file, `width` px wide with its top left at x, y (map/render.ts paints it). */
export function mapBody(
  layout: MapLayout,
  model: MapModel,
  x: number,
  y: number,
  width: number,
  options: MapBodyOptions = {},
): Body {
  const sharedGeometry = options.sharedGeometry ?? false;
  const markup = renderMap(layout, model.regions, {
    labels: options.labels !== false,
    paint: { kind: 'standalone', x, y, width, ink: INK, muted: MUTED, sharedGeometry },
  });
  return { defs: sharedGeometry ? '' : hatchDef(), markup, width, height: layout.height * (width / layout.width) };
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
      (e.kind === 'tie'
        ? `<rect x="${round(ix)}" y="${round(iy + 2)}" width="${sw}" height="${sw}" fill="url(#${TIE_ID})"/>`
        : '') +
      `<text x="${round(ix + sw + 6)}" y="${round(iy + size + 1)}" font-size="${size}" fill="${INK}">${escapeXml(e.label)}</text>`
    );
  });
  return { markup: items.join(''), height: entries.length ? (row + 1) * rowHeight : 0 };
}
