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
  return (
    `<svg class="uamap-defs" aria-hidden="true" focusable="false" width="0" height="0">` +
    `<defs>${paths}<path id="${BORDERS_ID}" d="${escapeXml(compactPath(layout.borders))}"/><path id="${OUTLINE_ID}" d="${escapeXml(compactPath(layout.outline))}"/>${hatch}${tiePattern()}</defs></svg>`
  );
}
