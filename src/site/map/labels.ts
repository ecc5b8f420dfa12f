// Where the on-map names go. Full size: the short name, or its abbreviation, where it
// fits inside the unit. Compact (shown by CSS only on narrow page maps): the unit's
// phone code from the registry in a size a phone can read, clear of the city markers
// and their names. A unit too small for its label gets it just outside the country,
// with a leader line (outside-labels.ts).
import { labelWidth } from '../svg-text.ts';
import { COMPACT_LABEL_SIZES, LABEL_SIZES, placeLabel, type MapLayout, type Point } from './layout.ts';
import { boxesOverlap, placeOutside, type Box } from './outside-labels.ts';
import type { RegionDatum } from './render.ts';

export interface PlacedText {
  region: RegionDatum;
  at: Point;
  size: number;
  text: string;
  /** Set when the label sits outside its unit: the line from the unit to the label. */
  leader?: [Point, Point];
}

/** Sizes of the city markers and their names as drawn: full size, and on narrow maps (map.css's container query). */
const CALLOUT = {
  full: { r: 11, nameSize: 13, shift: 0 },
  compact: { r: 20, nameSize: 30, shift: 10 },
};

/** The boxes a label must keep clear of: each city marker and its name. */
function calloutBoxes(layout: MapLayout, names: Record<string, string>, compact: boolean): Box[] {
  const { r, nameSize, shift } = CALLOUT[compact ? 'compact' : 'full'];
  return layout.callouts.flatMap((c) => {
    const marker: Box = [c.at[0] - r, c.at[1] - r, c.at[0] + r, c.at[1] + r];
    const name = names[c.iso];
    if (!name) return [marker];
    const w = labelWidth(name, nameSize);
    const [x, y] = c.label.at;
    const x0 = c.label.anchor === 'start' ? x + shift : x - shift - w;
    return [marker, [x0, y - nameSize * 0.7, x0 + w, y + nameSize * 0.5] as Box];
  });
}

const textBox = (at: Point, text: string, size: number): Box => {
  const half = labelWidth(text, size) / 2;
  return [at[0] - half, at[1] - size * 0.6, at[0] + half, at[1] + size * 0.6];
};

/** Where each label goes, without the data it belongs to: the same for every map of the same names. */
type Placement = Omit<PlacedText, 'region'> & { iso: string };

/** Placements worked out in this process, per layout (layouts never change once made) and per names. */
const placementsByLayout = new WeakMap<MapLayout, Map<string, Placement[]>>();

/**
 * Labels of every unit but the city callouts: full names (`compact` false), or the
 * phone codes (`compact` true), clear of the callouts named in `calloutNames`. Units
 * whose label fits nowhere inside get their code outside, when there is room.
 *
 * Where a label goes depends on the layout and the names only, never on a unit's value or
 * colour, and a page draws ten maps of the same units with the same names: the search
 * (the slowest part of drawing a map) runs once per set of names and is reused.
 */
export function placeLabels(
  layout: MapLayout,
  regions: RegionDatum[],
  compact: boolean,
  calloutNames: Record<string, string> = {},
): PlacedText[] {
  const key = JSON.stringify([compact, calloutNames, regions.map((r) => [r.iso, r.short, r.abbr, r.code])]);
  let known = placementsByLayout.get(layout);
  if (!known) placementsByLayout.set(layout, (known = new Map()));
  let placements = known.get(key);
  if (!placements) {
    placements = searchLabels(layout, regions, compact, calloutNames).map(({ region, ...p }) => ({
      iso: region.iso,
      ...p,
    }));
    known.set(key, placements);
  }
  const byIso = new Map(regions.map((r) => [r.iso, r]));
  return placements.map(({ iso, ...p }) => ({ region: byIso.get(iso)!, ...p }));
}

function searchLabels(
  layout: MapLayout,
  regions: RegionDatum[],
  compact: boolean,
  calloutNames: Record<string, string>,
): PlacedText[] {
  const shapes = new Map(layout.regions.map((s) => [s.iso, s]));
  const calloutIsos = new Set(layout.callouts.map((c) => c.iso));
  const sizes = compact ? COMPACT_LABEL_SIZES : LABEL_SIZES;
  const avoid = calloutBoxes(layout, calloutNames, compact);
  const out: PlacedText[] = [];
  const unplaced: RegionDatum[] = [];
  for (const r of regions) {
    if (calloutIsos.has(r.iso)) continue;
    // Full size: long names (Хмельницька, Чернівецька…) get a second chance in a smaller size,
    // then the registry's abbreviation, then the phone code.
    const names = compact ? [{ short: r.code, abbr: null }] : [r, { short: r.code, abbr: null }];
    const fit = names.map((n) => placeLabel(shapes.get(r.iso)!, n, labelWidth, sizes)).find((f) => f !== null);
    if (!fit || avoid.some((b) => boxesOverlap(b, textBox(fit.at, fit.text, fit.size)))) {
      unplaced.push(r);
      continue;
    }
    out.push({ region: r, ...fit });
  }
  const size = sizes[sizes.length - 1]!;
  for (const r of unplaced) {
    const placed = [...avoid, ...out.map((p) => textBox(p.at, p.text, p.size))];
    const spot = placeOutside(layout, r.iso, labelWidth(r.code, size), size * 1.2, placed);
    if (spot) out.push({ region: r, at: spot.at, size, text: r.code, leader: spot.leader });
  }
  return out;
}
