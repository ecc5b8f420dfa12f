// Social preview images, 1200×630: the site name, a headline, the graphic beside it,
// the source and — while it applies — a visible "illustrative data" label, so a
// shared card never passes made-up numbers off as results.
import { escapeXml } from '../../text/escape.ts';
import type { LegendEntry } from '../map/model.ts';
import { INK, MUTED, legendBlock, type Body } from './map-body.ts';
import { FONT_FAMILY, round, textBlock, textWidth as measure } from '../svg-text.ts';

const OG_WIDTH = 1200;
const OG_HEIGHT = 630;

export interface OgParts {
  site: string;
  headline: string;
  subline?: string;
  /** Draws the graphic into a box: (x, y, width) → body of that width. */
  body: (x: number, y: number, width: number) => Body;
  /** Widest the graphic may be; it shrinks to fit the height. */
  bodyWidth: number;
  footer: string;
  badge?: string;
  /** The map's legend: a shared map image must say what its colours mean. */
  legend?: LegendEntry[];
}

export function composeOg(parts: OgParts): string {
  const pad = 56;
  const textWidth = OG_WIDTH - parts.bodyWidth - pad * 2 - 32;
  const out: string[] = [];
  let y = pad;
  out.push(`<rect x="${pad}" y="${y}" width="56" height="6" fill="#1f4e8c"/>`);
  y += 26;
  const site = textBlock(parts.site, {
    x: pad,
    y,
    width: textWidth,
    size: 22,
    lineHeight: 28,
    fill: '#1f4e8c',
    bold: true,
  });
  out.push(site.markup);
  y += site.height + 22;
  const headline = textBlock(parts.headline, {
    x: pad,
    y,
    width: textWidth,
    size: 40,
    lineHeight: 50,
    fill: INK,
    bold: true,
  });
  out.push(headline.markup);
  y += headline.height + 16;
  if (parts.subline) {
    const sub = textBlock(parts.subline, { x: pad, y, width: textWidth, size: 22, lineHeight: 30, fill: MUTED });
    out.push(sub.markup);
    y += sub.height + 16;
  }
  if (parts.legend?.length) {
    const legend = legendBlock(parts.legend, pad, y + 8, textWidth, 18);
    out.push(legend.markup);
  }
  let bottom = OG_HEIGHT - pad;
  const footer = textBlock(parts.footer, { x: pad, y: 0, width: textWidth, size: 18, lineHeight: 24, fill: MUTED });
  bottom -= footer.height;
  out.push(`<g transform="translate(0 ${round(bottom)})">${footer.markup}</g>`);
  if (parts.badge) {
    const h = 40;
    bottom -= h + 14;
    const w = Math.min(textWidth, measure(parts.badge, 16, true) + 32);
    out.push(
      `<rect x="${pad}" y="${round(bottom)}" width="${round(w)}" height="${h}" rx="6" fill="#fff4d6" stroke="#c58a00" stroke-width="2"/>` +
        `<text x="${pad + 16}" y="${round(bottom + 26)}" font-size="16" font-weight="700" fill="#5c4300">${escapeXml(parts.badge)}</text>`,
    );
  }
  // Fit the graphic into the right-hand box, keeping its aspect.
  const boxX = OG_WIDTH - pad - parts.bodyWidth;
  const boxH = OG_HEIGHT - 2 * pad;
  const probe = parts.body(0, 0, parts.bodyWidth);
  const width = probe.height > boxH ? (parts.bodyWidth * boxH) / probe.height : parts.bodyWidth;
  const body = parts.body(boxX + (parts.bodyWidth - width) / 2, pad + (boxH - Math.min(probe.height, boxH)) / 2, width);
  out.push(body.markup);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_FAMILY}">` +
    (body.defs ? `<defs>${body.defs}</defs>` : '') +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fbfaf7"/>` +
    out.join('') +
    `</svg>\n`
  );
}
