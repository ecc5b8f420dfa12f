import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { rewindForD3, signedArea } from './rewind.ts';

// A 1°×1° square near Kyiv, wound counter-clockwise as RFC 7946 requires, with a hole.
const ccwSquare: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [30, 50],
      [31, 50],
      [31, 51],
      [30, 51],
      [30, 50],
    ],
    [
      [30.4, 50.4],
      [30.4, 50.6],
      [30.6, 50.6],
      [30.6, 50.4],
      [30.4, 50.4],
    ],
  ],
};

describe('rewindForD3', () => {
  it('d3 reads RFC 7946 winding as almost the whole sphere, and the rewound polygon as small', () => {
    expect(geoArea({ type: 'Feature', properties: {}, geometry: ccwSquare })).toBeGreaterThan(4 * Math.PI - 0.01);
    const fixed = rewindForD3(ccwSquare);
    const area = geoArea({ type: 'Feature', properties: {}, geometry: fixed });
    expect(area).toBeGreaterThan(0);
    expect(area).toBeLessThan(0.001);
  });

  it('winds outer rings clockwise and holes counter-clockwise, and is idempotent', () => {
    const fixed = rewindForD3(ccwSquare);
    expect(signedArea(fixed.coordinates[0]!)).toBeLessThan(0);
    expect(signedArea(fixed.coordinates[1]!)).toBeGreaterThan(0);
    expect(rewindForD3(fixed)).toEqual(fixed);
  });

  it('handles multipolygons part by part', () => {
    const fixed = rewindForD3({
      type: 'MultiPolygon',
      coordinates: [ccwSquare.coordinates, [ccwSquare.coordinates[0]!]],
    });
    for (const part of fixed.coordinates) expect(signedArea(part[0]!)).toBeLessThan(0);
  });
});
