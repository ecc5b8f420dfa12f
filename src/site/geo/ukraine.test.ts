import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import type { Polygon } from 'geojson';
import registry from '../../../data/oblasts.json' with { type: 'json' };
import { ukraineGeometry, type RegionFeature } from './ukraine.ts';

const { regions, borders, outline } = ukraineGeometry();
const byIso = new Map(regions.map((r) => [r.properties.iso, r]));

function outerRings(region: RegionFeature): Polygon[] {
  const g = region.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((p) => ({ type: 'Polygon', coordinates: [p[0]!] }));
}

describe('committed Ukraine geometry', () => {
  it('has exactly the 27 registry units, each once', () => {
    const codes = regions.map((r) => r.properties.iso);
    expect(new Set(codes).size).toBe(27);
    expect([...codes].sort()).toEqual(registry.units.map((u) => u.iso).sort());
  });

  it('keeps only the ISO code as a property', () => {
    for (const r of regions) expect(Object.keys(r.properties)).toEqual(['iso']);
  });

  it('winds every unit for d3: a non-empty area far below a hemisphere', () => {
    for (const r of regions) {
      const area = geoArea(r);
      expect(area, r.properties.iso).toBeGreaterThan(1e-7);
      expect(area, r.properties.iso).toBeLessThan(0.01);
    }
  });

  it("lies within Ukraine's bounding box", () => {
    for (const r of regions) {
      const [[w, s], [e, n]] = geoBounds(r);
      expect(w, r.properties.iso).toBeGreaterThanOrEqual(22);
      expect(e, r.properties.iso).toBeLessThanOrEqual(40.3);
      expect(s, r.properties.iso).toBeGreaterThanOrEqual(44.3);
      expect(n, r.properties.iso).toBeLessThanOrEqual(52.4);
    }
  });

  it("puts Kyiv city inside Kyiv Oblast's outer ring, and not in the oblast itself (it is a hole)", () => {
    const kyiv = geoCentroid(byIso.get('UA-30')!);
    const oblast = byIso.get('UA-32')!;
    expect(outerRings(oblast).some((ring) => geoContains(ring, kyiv))).toBe(true);
    expect(geoContains(oblast, kyiv)).toBe(false);
    expect(geoContains(byIso.get('UA-30')!, kyiv)).toBe(true);
  });

  it("puts Sevastopol next to Crimea: its centroid is inside neither other unit, and Crimea's box holds it", () => {
    const sevastopol = geoCentroid(byIso.get('UA-40')!);
    const [[w, s], [e, n]] = geoBounds(byIso.get('UA-43')!);
    expect(sevastopol[0]).toBeGreaterThan(w);
    expect(sevastopol[0]).toBeLessThan(e);
    expect(sevastopol[1]).toBeGreaterThan(s);
    expect(sevastopol[1]).toBeLessThan(n);
    expect(geoContains(byIso.get('UA-43')!, sevastopol)).toBe(false);
  });

  it('derives inner borders and an outline from the topology', () => {
    expect(borders.coordinates.length).toBeGreaterThan(20);
    expect(outline.coordinates.length).toBeGreaterThan(0);
  });
});
