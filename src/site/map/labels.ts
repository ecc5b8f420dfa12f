// Where the on-map names go. Full size: the short name, or its abbreviation, where it
// fits inside the unit. Compact (shown by CSS only on narrow page maps): the unit's code
// in a size a phone can read, clear of the city markers and their names.
import { labelWidth } from '../svg-text.ts';
import { COMPACT_LABEL_SIZES, LABEL_SIZES, placeLabel, type MapLayout, type Point } from './layout.ts';
import type { RegionDatum } from './render.ts';

export interface PlacedText {
  region: RegionDatum;
  at: Point;
  size: number;
  text: string;
}

/** Sizes of the city markers and their names on narrow maps (map.css's container query). */
const COMPACT_CALLOUT = { r: 20, nameSize: 30, shift: 10 };

type Box = [number, number, number, number]; // x0, y0, x1, y1

/** The boxes a phone label must keep clear of: each city marker and its name, as drawn on a narrow map. */
function calloutBoxes(layout: MapLayout, names: Record<string, string>): Box[] {
  return layout.callouts.flatMap((c) => {
    const { r, nameSize, shift } = COMPACT_CALLOUT;
    const marker: Box = [c.at[0] - r, c.at[1] - r, c.at[0] + r, c.at[1] + r];
    const name = names[c.iso];
    if (!name) return [marker];
    const w = labelWidth(name, nameSize);
    const [x, y] = c.label.at;
    const x0 = c.label.anchor === 'start' ? x + shift : x - shift - w;
    return [marker, [x0, y - nameSize * 0.7, x0 + w, y + nameSize * 0.5] as Box];
  });
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Labels of every unit but the city callouts that fit: full names (`compact` false), or the
 * phone codes clear of the callouts named in `calloutNames` (`compact` true).
 */
export function placeLabels(
  layout: MapLayout,
  regions: RegionDatum[],
  compact: boolean,
  calloutNames: Record<string, string> = {},
): PlacedText[] {
  const shapes = new Map(layout.regions.map((s) => [s.iso, s]));
  const calloutIsos = new Set(layout.callouts.map((c) => c.iso));
  const sizes = compact ? COMPACT_LABEL_SIZES : LABEL_SIZES;
  const avoid = compact ? calloutBoxes(layout, calloutNames) : [];
  const out: PlacedText[] = [];
  for (const r of regions) {
    if (calloutIsos.has(r.iso)) continue;
    if (compact && !r.code) continue;
    // Long names (Хмельницька, Чернівецька…) get a second chance in a smaller size, and
    // the few that still do not fit (Івано-Франківська) a third with the registry's abbreviation.
    const names = compact ? { short: r.code!, abbr: null } : r;
    const fit = placeLabel(shapes.get(r.iso)!, names, labelWidth, sizes);
    if (!fit) continue;
    const { at, size, text } = fit;
    const half = labelWidth(text, size) / 2;
    if (avoid.some((b) => overlaps(b, [at[0] - half, at[1] - size / 2, at[0] + half, at[1] + size / 2]))) continue;
    out.push({ region: r, at, size, text });
  }
  return out;
}
