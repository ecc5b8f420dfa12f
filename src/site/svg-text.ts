// Text in standalone SVG has no layout engine behind it: lines are broken here, with
// a width estimate that errs wide for Noto Sans (Latin and Cyrillic alike).
import { escapeXml } from '../text/escape.ts';

/** The font every standalone graphic names, with fallbacks; no double quotes, so it sits in an attribute as is. */
export const FONT_FAMILY = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/**
 * Estimated advance in px of `text` at font-size `size`: the one guess at text width for every
 * SVG we draw (there is no layout engine at build time). Average glyph widths of Noto Sans,
 * regular 0.57 em and bold 0.62 em, a little wide for Latin and Cyrillic alike.
 */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.62 : 0.57);
}

/** Advance of one glyph in em, by its shape: dots and i/l narrow, m/w/ш/ж wide, capitals wider than lower case. */
function glyphEm(ch: string): number {
  if (/[.,:;'’ʼ!|ijlIіїІЇ\s-]/u.test(ch)) return 0.3;
  if (/[frtг]/u.test(ch)) return 0.42;
  if (/[mwMWшщжюмфыШЩЖЮМФ]/u.test(ch)) return 0.86;
  if (ch !== ch.toLowerCase()) return 0.7;
  return 0.58;
}

/**
 * Width of a label placed inside a shape, glyph by glyph (a code like "Chernih." is mostly
 * narrow letters, which the flat average overestimates), with 5 % more room: better
 * outside with a leader line than overflowing.
 */
export const labelWidth = (text: string, size: number) =>
  [...text].reduce((sum, ch) => sum + glyphEm(ch), 0) * size * 1.05;

/** breakable white space: not the no-break spaces that keep «48 %» and «10 000» whole */
const BREAKABLE = /[^\S\u00a0\u2007\u202f]+/;

/** Greedy word wrap to `width` px at breakable spaces; a single word longer than the line stays whole. */
function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(BREAKABLE).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextBlock {
  markup: string;
  height: number;
}

/** Wrapped lines as one <text> with a <tspan> per line, top of the first line at `y`. */
export function textBlock(
  text: string,
  o: { x: number; y: number; width: number; size: number; lineHeight: number; fill: string; bold?: boolean },
): TextBlock {
  const lines = wrapText(text, o.width, o.size, o.bold);
  if (lines.length === 0) return { markup: '', height: 0 };
  const baseline = o.y + o.size;
  const spans = lines
    .map((l, i) => `<tspan x="${o.x}" y="${round(baseline + i * o.lineHeight)}">${escapeXml(l)}</tspan>`)
    .join('');
  const weight = o.bold ? ' font-weight="700"' : '';
  return {
    markup: `<text font-size="${o.size}" fill="${o.fill}"${weight}>${spans}</text>`,
    height: (lines.length - 1) * o.lineHeight + o.size * 1.3,
  };
}

export function round(v: number): number {
  return Math.round(v * 10) / 10;
}
