// Where each arrow key goes from each region of the map, worked out once from the layout's
// geometry (not from the boxes the browser draws): Left, Right, Up and Down go to the
// neighbouring unit that lies west, east, north or south of it on the map as drawn. The
// browser script carries the result (src/scripts/map-moves.ts) and only looks it up.
import { polygonArea, polygonCentroid } from 'd3-polygon';
import type { MapLayout, Point, RegionShape } from './layout.ts';

/** The arrow keys in the order of a row of the move table. */
export const ARROW_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
const DIRECTIONS: Point[] = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
];

/** Per unit (ISO code): the unit each of ARROW_KEYS goes to, or null where no neighbour lies that way. */
export type ArrowMoves = Record<string, Array<string | null>>;

/** A unit as the arrows see it: where it is on the map, and the units it shares a border with. */
export interface MoveNode {
  iso: string;
  at: Point;
  neighbours: string[];
}

/**
 * The move table of `nodes`. From each unit, an arrow goes to a neighbour in the arrow's quarter
 * (within 45° of its direction, so a neighbour belongs to one arrow only): the nearest one,
 * counting a step sideways twice (along + 2 × across), or nowhere (the country's edge). A unit
 * with a single neighbour (Kyiv city inside its oblast, Sevastopol beside Crimea) may also go on
 * to its neighbour's neighbours, so that it is not left only back into the one unit around it;
 * only that neighbour leads into it.
 */
export function arrowMoves(nodes: MoveNode[]): ArrowMoves {
  const byIso = new Map(nodes.map((n) => [n.iso, n]));
  const moves: ArrowMoves = {};
  for (const node of nodes) {
    const reach = new Set(node.neighbours);
    if (node.neighbours.length === 1)
      for (const further of byIso.get(node.neighbours[0]!)?.neighbours ?? []) reach.add(further);
    reach.delete(node.iso);
    moves[node.iso] = DIRECTIONS.map(([dx, dy]) => {
      let best: string | null = null;
      let bestScore = Infinity;
      for (const iso of reach) {
        const [x, y] = byIso.get(iso)!.at;
        const along = (x - node.at[0]) * dx + (y - node.at[1]) * dy;
        const across = Math.abs((x - node.at[0]) * dy - (y - node.at[1]) * dx);
        // Exactly on the diagonal counts for neither arrow.
        if (along <= across) continue;
        const score = along + 2 * across;
        if (score < bestScore) [best, bestScore] = [iso, score];
      }
      return best;
    });
  }
  return moves;
}

const vertexKey = ([x, y]: Point) => `${Math.round(x * 100)},${Math.round(y * 100)}`;

/**
 * The units' neighbours in `layout`: two units are neighbours when their rings share at least
 * two vertices, i.e. a stretch of border (the rings are projected from the same topology arcs,
 * so a shared border is the same points in both); one shared point is a corner, not a border.
 */
export function layoutNeighbours(layout: Pick<MapLayout, 'regions'>): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const r of layout.regions)
    for (const ring of [...r.outer, ...r.holes])
      for (const p of ring) {
        const k = vertexKey(p);
        owners.set(k, (owners.get(k) ?? new Set<string>()).add(r.iso));
      }
  const shared = new Map<string, number>();
  for (const isos of owners.values())
    for (const a of isos)
      for (const b of isos) if (a !== b) shared.set(`${a} ${b}`, (shared.get(`${a} ${b}`) ?? 0) + 1);
  return new Map(
    layout.regions.map((r) => [
      r.iso,
      layout.regions.filter((o) => (shared.get(`${r.iso} ${o.iso}`) ?? 0) >= 2).map((o) => o.iso),
    ]),
  );
}

/** A unit's centre of area on the map (its holes, such as Kyiv city in its oblast, taken out). */
function areaCentre(shape: Pick<RegionShape, 'outer' | 'holes'>): Point {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const [rings, sign] of [
    [shape.outer, 1],
    [shape.holes, -1],
  ] as const)
    for (const ring of rings) {
      const a = sign * Math.abs(polygonArea(ring));
      const [cx, cy] = polygonCentroid(ring);
      area += a;
      x += a * cx;
      y += a * cy;
    }
  return [x / area, y / area];
}

/**
 * The move table of the map's layout. A unit is at its centre of area (its label's place is
 * pushed aside by a hole or a marker: Kyiv Oblast's sits south of the city, which turned Left
 * from it towards Vinnytsia), and the two cities at the enlarged markers a reader sees.
 */
export function layoutArrowMoves(layout: Pick<MapLayout, 'regions' | 'callouts'>): ArrowMoves {
  const neighbours = layoutNeighbours(layout);
  const marker = new Map(layout.callouts.map((c) => [c.iso, c.at]));
  return arrowMoves(
    layout.regions.map((r) => ({
      iso: r.iso,
      at: marker.get(r.iso) ?? areaCentre(r),
      neighbours: neighbours.get(r.iso) ?? [],
    })),
  );
}

/** `moves` as src/scripts/map-moves.ts carries it: see there. */
export function encodeArrowMoves(moves: ArrowMoves): string {
  const num = (iso: string | null) => (iso === null ? '..' : iso.slice('UA-'.length));
  return Object.keys(moves)
    .sort()
    .map((iso) => num(iso) + moves[iso]!.map(num).join(''))
    .join(' ');
}
