// One graphic as a file that stands on its own: title, subtitle, the chart or map,
// its legend, the source, the illustrative-data notice while it applies, and where
// the full report is. Valid XML with the SVG namespace, colours and fonts as
// attributes, no external references — it opens the same in a browser, in Inkscape
// and in resvg (which renders the PNGs).
import { escapeXml } from '../../text/escape.ts';
import type { LegendEntry } from '../map/model.ts';
import { INK, MUTED, legendBlock, type Body } from './map-body.ts';
import { FONT_FAMILY, round, textBlock } from '../svg-text.ts';

const STANDALONE_WIDTH = 800;
const PAD = 24;

export interface StandaloneParts {
  title: string;
  subtitle: string;
  /** Draws the graphic with its top-left corner at (x, y) and the given width. */
  body: (x: number, y: number, width: number) => Body;
  legend?: LegendEntry[];
  /** A line under the legend, e.g. the national value. */
  note?: string;
  source: string;
  /** The illustrative-data notice, when it applies. */
  notice?: string;
  /** Where to read more, e.g. the report section URL. */
  link?: string;
  /** Accessible description of the graphic. */
  description: string;
}

/**
 * As a file (default): XML declaration, title and description. As a preview inside an
 * HTML page (`inline`): a decorative <svg> without ids, for a page that names it.
 */
export function composeStandalone(parts: StandaloneParts, width = STANDALONE_WIDTH, inline = false): string {
  const inner = width - 2 * PAD;
  let y = PAD;
  const out: string[] = [];
  const block = (text: string, size: number, lineHeight: number, fill: string, bold = false, gap = 0) => {
    const b = textBlock(text, { x: PAD, y, width: inner, size, lineHeight, fill, bold });
    out.push(b.markup);
    y += b.height + gap;
  };
  block(parts.title, 24, 30, INK, true, 6);
  block(parts.subtitle, 15, 21, MUTED, false, 14);
  const body = parts.body(PAD, y, inner);
  out.push(body.markup);
  y += body.height + 12;
  if (parts.legend?.length) {
    const legend = legendBlock(parts.legend, PAD, y, inner);
    out.push(legend.markup);
    y += legend.height + 6;
  }
  if (parts.note) block(parts.note, 13, 18, INK, false, 8);
  y += 4;
  block(parts.source, 12, 17, MUTED, false, 4);
  if (parts.notice) {
    const top = y;
    y += 6;
    const b = textBlock(parts.notice, { x: PAD + 12, y, width: inner - 12, size: 12, lineHeight: 17, fill: '#5c4300' });
    out.push(
      `<rect x="${PAD}" y="${round(top)}" width="${inner}" height="${round(b.height + 12)}" fill="#fff4d6"/><rect x="${PAD}" y="${round(top)}" width="4" height="${round(b.height + 12)}" fill="#c58a00"/>`,
      b.markup,
    );
    y += b.height + 12;
  }
  if (parts.link) block(parts.link, 12, 17, '#1f4e8c', false, 0);
  const height = Math.ceil(y + PAD);
  if (inline) {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" aria-hidden="true" focusable="false">` +
      (body.defs ? `<defs>${body.defs}</defs>` : '') +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>${out.join('')}</svg>`
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${FONT_FAMILY}" role="img" aria-labelledby="graphic-title graphic-desc">` +
    `<title id="graphic-title">${escapeXml(parts.title)}</title><desc id="graphic-desc">${escapeXml(parts.description)}</desc>` +
    (body.defs ? `<defs>${body.defs}</defs>` : '') +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    out.join('') +
    `</svg>\n`
  );
}
