// The geometry every map on a page shares, emitted once per page: one <path> per unit,
// the inner borders, the outline and the hatching for "insufficient data". Maps refer
// to these with <use href="#uamap-…">, so each extra map costs only colours and labels.
import { escapeXml } from '../../text/escape.ts';
import { compactPath } from './compact-path.ts';
import type { MapLayout } from './layout.ts';

export const geometryId = (iso: string) => `uamap-${iso}`;
export const BORDERS_ID = 'uamap-borders';
export const OUTLINE_ID = 'uamap-outline';
const HATCH_ID = 'uamap-hatch';
export const TIE_ID = 'uamap-tie';

/**
 * White stripes, half transparent, drawn over a unit's own colour where its most-chosen
 * answer does not clearly lead: the category stays readable, the stripes say "not settled".
 * Shared by pages, files and the legend's swatch.
 */
export const tiePattern = (id = TIE_ID) =>
  `<pattern id="${id}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(-45)">` +
  `<line x1="0" y1="0" x2="0" y2="7" stroke="#ffffff" stroke-opacity="0.6" stroke-width="2.5"/></pattern>`;

const defsByLayout = new WeakMap<MapLayout, string>();

/**
 * The shared geometry of `layout` as a hidden <svg> of <defs>. A build draws it into every
 * page with a map and every profile card, always from the one cached layout: it is worked
 * out once per layout (layouts are never changed after they are made) and reused.
 */
export function renderGeometryDefs(layout: MapLayout): string {
  let defs = defsByLayout.get(layout);
  if (defs === undefined) {
    defs = geometryDefs(layout);
    defsByLayout.set(layout, defs);
  }
  return defs;
}

function geometryDefs(layout: MapLayout): string {
  const paths = layout.regions
    .map((r) => `<path id="${geometryId(r.iso)}" d="${escapeXml(compactPath(r.d))}"/>`)
    .join('');
  // Hatch colours are classes, so the page's CSS can restyle them for dark mode.
  const hatch =
    `<pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect class="uamap-hatch-bg" width="6" height="6" fill="#F4F4F4"/>` +
    `<line class="uamap-hatch-line" x1="0" y1="0" x2="0" y2="6" stroke="#8A8A8A" stroke-width="2.2"/></pattern>`;
  // Two <svg>s: the patterns stay where the first map puts them, before any fill refers to them
  // (Chromium paints a fill="url(#…)" whose pattern comes later in black, and keeps it so); the
  // shapes may move to the end of the page (withGeometryLast), as a <use> finds them there.
  return (
    `<svg class="uamap-defs uamap-paints" aria-hidden="true" focusable="false" width="0" height="0">` +
    `<defs>${hatch}${tiePattern()}</defs></svg>` +
    `<svg class="uamap-defs" aria-hidden="true" focusable="false" width="0" height="0">` +
    `<defs>${paths}<path id="${BORDERS_ID}" d="${escapeXml(compactPath(layout.borders))}"/><path id="${OUTLINE_ID}" d="${escapeXml(compactPath(layout.outline))}"/></defs></svg>`
  );
}

const GEOMETRY_OPEN = '<svg class="uamap-defs" ';
const BODY_END = '</body>';

/**
 * `html` with the page's shared geometry (the shapes' <svg> of `renderGeometryDefs`, wherever the
 * first map put it; not its patterns) moved to the end of its <body>; unchanged when it has none or no </body>. Why:
 * gzip finds repeats only within 32 KB, and ~58 KB of path data in the middle of a page kept
 * the text, tables and maps after it from reusing what came before (−1.7 KB gzip on `/`, ~3 %,
 * −0.4 KB on a profile). A <use> draws from an element defined later in the document as well;
 * maps are blank for the moment the rest of the page takes to arrive. Throws if the geometry
 * <svg> does not close (it never nests another <svg>).
 */
export function withGeometryLast(html: string): string {
  const start = html.indexOf(GEOMETRY_OPEN);
  const bodyEnd = html.lastIndexOf(BODY_END);
  if (start < 0 || bodyEnd < start) return html;
  const end = html.indexOf('</svg>', start);
  if (end < 0) throw new Error('the shared map geometry <svg> is not closed');
  const defs = html.slice(start, end + '</svg>'.length);
  const rest = html.slice(0, start) + html.slice(start + defs.length);
  const at = rest.lastIndexOf(BODY_END);
  return rest.slice(0, at) + defs + rest.slice(at);
}
