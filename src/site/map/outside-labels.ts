// Labels for units too small to hold their code (Chernivtsi, Odesa's thin coast…): the
// code goes just outside the country, as close to the unit as it fits, with a leader
// line back to it. Only ever over the sea or a neighbouring country, never over
// another unit, another label or a city marker.
import type { MapLayout, Point, RegionShape } from './layout.ts';
import { insideShape } from './layout.ts';

export type Box = [number, number, number, number]; // x0, y0, x1, y1

export interface OutsidePlacement {
  /** Centre of the text. */
  at: Point;
  /** Leader line from inside the unit to the edge of the text box. */
  leader: [Point, Point];
}

export const boxesOverlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

interface Bounded {
  shape: RegionShape;
  box: Box;
}

const bounded = new WeakMap<MapLayout, Bounded[]>();

function shapesWithBoxes(layout: MapLayout): Bounded[] {
  let out = bounded.get(layout);
  if (!out) {
    out = layout.regions.map((shape) => {
      const xs = shape.outer.flat().map((p) => p[0]);
      const ys = shape.outer.flat().map((p) => p[1]);
      return { shape, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Box };
    });
    bounded.set(layout, out);
  }
  return out;
}

/** Distances (map units) tried from the unit's label anchor, and directions per ring. */
const RADII = [45, 60, 75, 90, 110, 130, 150, 175, 200, 230];
const DIRECTIONS = 32;

/**
 * Where a `width` × `height` label of the unit `iso` goes outside the map: of the
 * candidates on rings of RADII around the unit's best interior point, the one with the
 * shortest leader whose box lies inside the viewBox, over no unit and clear of every box
 * in `avoid`, and whose leader crosses no other unit. Null when none is free.
 */
export function placeOutside(
  layout: MapLayout,
  iso: string,
  width: number,
  height: number,
  avoid: readonly Box[],
): OutsidePlacement | null {
  const shapes = shapesWithBoxes(layout);
  const own = shapes.find((s) => s.shape.iso === iso)?.shape;
  const centre = own?.anchors[0]?.at;
  if (!own || !centre) return null;
  const overUnit = (p: Point, except?: RegionShape) =>
    shapes.some(
      ({ shape, box }) =>
        shape !== except &&
        p[0] >= box[0] &&
        p[0] <= box[2] &&
        p[1] >= box[1] &&
        p[1] <= box[3] &&
        insideShape(p, shape),
    );
  let best: OutsidePlacement | null = null;
  let bestLength = Infinity;
  for (const r of RADII) {
    for (let k = 0; k < DIRECTIONS; k++) {
      const angle = Math.PI / 2 + (k * 2 * Math.PI) / DIRECTIONS;
      const c: Point = [centre[0] + r * Math.cos(angle), centre[1] + r * Math.sin(angle)];
      const box: Box = [c[0] - width / 2, c[1] - height / 2, c[0] + width / 2, c[1] + height / 2];
      if (box[0] < 0 || box[1] < 0 || box[2] > layout.width || box[3] > layout.height) continue;
      if (avoid.some((b) => boxesOverlap(b, box))) continue;
      const probes: Point[] = [c];
      for (let i = 0; i <= 4; i++) {
        const px = box[0] + (i * width) / 4;
        probes.push([px, box[1]], [px, box[3]], [px, c[1]]);
      }
      if (probes.some((p) => overUnit(p))) continue;
      // The leader starts at the unit's interior point nearest the label and may cross only the unit itself.
      const start = own.anchors.reduce((a, b) => (dist(b.at, c) < dist(a.at, c) ? b : a)).at;
      const end = edgeToward(box, start);
      const length = dist(start, end);
      if (length >= bestLength) continue;
      const along = Array.from({ length: 16 }, (_, i): Point => [
        start[0] + ((end[0] - start[0]) * (i + 1)) / 17,
        start[1] + ((end[1] - start[1]) * (i + 1)) / 17,
      ]);
      if (along.some((p) => overUnit(p, own))) continue;
      best = { at: [round1(c[0]), round1(c[1])], leader: [start, end] };
      bestLength = length;
    }
  }
  return best;
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const round1 = (v: number) => Math.round(v * 10) / 10;

/** The point where the segment from the box's centre to `p` leaves the box. */
function edgeToward(box: Box, p: Point): Point {
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  const dx = p[0] - cx;
  const dy = p[1] - cy;
  const hw = (box[2] - box[0]) / 2 + 3;
  const hh = (box[3] - box[1]) / 2 + 3;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy), 1);
  return [round1(cx + dx * t), round1(cy + dy * t)];
}
