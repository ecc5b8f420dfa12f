// The map's geometry in screen space, computed once per build: path data for every
// unit, shared borders, the outline, callouts for the two cities too small to see,
// and candidate label anchors. All maps share this layout (and one viewBox), which is
// what lets a page send the geometry once and reuse it with <use>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoPath, type GeoProjection } from 'd3-geo';
import { polygonContains } from 'd3-polygon';
import type { Position } from 'geojson';
import topo from '../../../data/geo/ukraine.topo.json' with { type: 'json' };
import { fitToWidth, ukraineProjection } from '../geo/projection.ts';
import { ukraineGeometry, type RegionFeature } from '../geo/ukraine.ts';
import { cachedJson } from './json-cache.ts';

export type Point = [number, number];

const MAP_WIDTH = 1000;
const PADDING = 12;

export interface RegionShape {
  iso: string;
  d: string;
  /** Projected rings: outer rings and holes, for label placement. */
  outer: Point[][];
  holes: Point[][];
  /** Interior points sorted by distance to the nearest edge, farthest first. */
  anchors: Array<{ at: Point; clearance: number }>;
}

export interface Callout {
  iso: string;
  /** Where the unit really is. */
  origin: Point;
  /** Centre of the enlarged marker. */
  at: Point;
  r: number;
  label: { at: Point; anchor: 'start' | 'end' };
}

export interface MapLayout {
  width: number;
  height: number;
  regions: RegionShape[];
  borders: string;
  outline: string;
  callouts: Callout[];
  project: (lonLat: [number, number]) => Point | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function projectRings(region: RegionFeature, projection: GeoProjection): { outer: Point[][]; holes: Point[][] } {
  const g = region.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const toPoints = (ring: Position[]) => ring.map((p) => projection([p[0]!, p[1]!]) as Point);
  return {
    outer: polygons.map((rings) => toPoints(rings[0]!)),
    holes: polygons.flatMap((rings) => rings.slice(1).map(toPoints)),
  };
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

export function insideShape(p: Point, shape: Pick<RegionShape, 'outer' | 'holes'>): boolean {
  return shape.outer.some((ring) => polygonContains(ring, p)) && !shape.holes.some((ring) => polygonContains(ring, p));
}

/** Grid search for points far from every edge and from the callouts (a cheap pole of inaccessibility). */
function labelAnchors(shape: Pick<RegionShape, 'outer' | 'holes'>, obstacles: Callout[]): RegionShape['anchors'] {
  const rings = [...shape.outer, ...shape.holes];
  const xs = shape.outer.flat().map((p) => p[0]);
  const ys = shape.outer.flat().map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const step = Math.max(3, Math.min(x1 - x0, y1 - y0) / 24);
  const anchors: RegionShape['anchors'] = [];
  for (let x = x0 + step / 2; x < x1; x += step) {
    for (let y = y0 + step / 2; y < y1; y += step) {
      const p: Point = [x, y];
      if (!insideShape(p, shape)) continue;
      let clearance = Infinity;
      for (const ring of rings)
        for (let i = 1; i < ring.length; i++)
          clearance = Math.min(clearance, segmentDistance(p, ring[i - 1]!, ring[i]!));
      for (const c of obstacles) clearance = Math.min(clearance, Math.hypot(x - c.at[0], y - c.at[1]) - c.r - 4);
      if (clearance > 0) anchors.push({ at: [round1(x), round1(y)], clearance });
    }
  }
  return anchors.sort((a, b) => b.clearance - a.clearance || a.at[1] - b.at[1] || a.at[0] - b.at[0]).slice(0, 40);
}

function callouts(byIso: Map<string, RegionFeature>, path: ReturnType<typeof geoPath>): Callout[] {
  const kyiv = path.centroid(byIso.get('UA-30')!) as Point;
  const sevastopol = path.centroid(byIso.get('UA-40')!) as Point;
  const r = 11;
  return [
    // Kyiv city sits in the middle of its oblast: an enlarged marker on the spot.
    {
      iso: 'UA-30',
      origin: kyiv,
      at: kyiv.map(round1) as Point,
      r,
      label: { at: [round1(kyiv[0] + r + 4), round1(kyiv[1] + 4)], anchor: 'start' },
    },
    // Sevastopol is on Crimea's south-west tip: the marker goes out to sea, with a leader line.
    {
      iso: 'UA-40',
      origin: sevastopol,
      at: [round1(sevastopol[0] - 46), round1(sevastopol[1] + 6)],
      r,
      label: { at: [round1(sevastopol[0] - 46 - r - 4), round1(sevastopol[1] + 10)], anchor: 'end' },
    },
  ];
}

const isAnchor = (a: unknown): boolean => {
  const { at, clearance } = (a ?? {}) as { at?: unknown; clearance?: unknown };
  return Array.isArray(at) && at.length === 2 && at.every(Number.isFinite) && Number.isFinite(clearance);
};

/**
 * Every region's label anchors (`labelAnchors`, in region order). The grid search is the
 * slowest part of the layout and its answer depends only on the rings, the callouts and
 * the search's own code, so it is kept on disk (json-cache.ts) under a digest of all three.
 */
function allAnchors(rings: Array<Pick<RegionShape, 'outer' | 'holes'>>, calls: Callout[]): RegionShape['anchors'][] {
  const code = [labelAnchors, segmentDistance, insideShape, polygonContains, round1].map(String);
  return cachedJson(
    [...code, JSON.stringify(rings), JSON.stringify(calls)],
    () => rings.map((r) => labelAnchors(r, calls)),
    (v): v is RegionShape['anchors'][] =>
      Array.isArray(v) && v.length === rings.length && v.every((list) => Array.isArray(list) && list.every(isAnchor)),
  );
}

/** What is kept on disk: the layout without its function, and the fitted projection's scale and translation. */
interface StoredLayout extends Omit<MapLayout, 'project'> {
  scale: number;
  translate: [number, number];
}

function computeLayout(): StoredLayout {
  const geo = ukraineGeometry();
  const { projection, width, height } = fitToWidth(geo.collection, MAP_WIDTH, PADDING);
  const path = geoPath(projection).digits(1);
  const byIso = new Map(geo.regions.map((r) => [r.properties.iso, r]));
  const calls = callouts(byIso, path);
  const rings = geo.regions.map((region) => projectRings(region, projection));
  const anchors = allAnchors(rings, calls);
  const regions = geo.regions.map((region, i) => ({
    iso: region.properties.iso,
    d: path(region) ?? '',
    ...rings[i]!,
    anchors: anchors[i]!,
  }));
  const [tx, ty] = projection.translate();
  return {
    width,
    height,
    regions,
    borders: path(geo.borders) ?? '',
    outline: path(geo.outline) ?? '',
    callouts: calls.map((c) => ({ ...c, origin: c.origin.map(round1) as Point })),
    scale: projection.scale(),
    translate: [tx, ty],
  };
}

const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isPoint = (p: unknown): boolean => Array.isArray(p) && p.length === 2 && p.every(finite);
const isRings = (v: unknown): boolean =>
  Array.isArray(v) && v.every((ring) => Array.isArray(ring) && ring.every(isPoint));

/** A stored layout as computeLayout makes it (a truncated or foreign file is computed again). */
function isStoredLayout(v: unknown): v is StoredLayout {
  const l = (v ?? {}) as Partial<Record<keyof StoredLayout, unknown>>;
  return (
    [l.width, l.height, l.scale].every(finite) &&
    isPoint(l.translate) &&
    typeof l.borders === 'string' &&
    typeof l.outline === 'string' &&
    Array.isArray(l.callouts) &&
    l.callouts.every((c: Partial<Callout>) => typeof c.iso === 'string' && isPoint(c.at) && isPoint(c.origin)) &&
    Array.isArray(l.regions) &&
    l.regions.length > 0 &&
    l.regions.every(
      (r: Partial<RegionShape>) =>
        typeof r.iso === 'string' &&
        typeof r.d === 'string' &&
        isRings(r.outer) &&
        isRings(r.holes) &&
        Array.isArray(r.anchors) &&
        r.anchors.every(isAnchor),
    )
  );
}

/** The installed library versions (d3-geo, topojson-client…) as the lockfile pins them. */
function lockfile(): string {
  try {
    return readFileSync(join(process.env.PROJECT_ROOT ?? process.cwd(), 'package-lock.json'), 'utf8');
  } catch {
    return 'no lockfile';
  }
}

let cached: MapLayout | undefined;

/**
 * The layout, computed once per process — and once per machine: projecting the regions and
 * drawing their paths took ~0.3 s of every build and dev start, for the same answer each
 * time, so the result is kept on disk (json-cache.ts) under a digest of the geometry, the
 * code that computes it and the lockfile (library versions).
 */
export function mapLayout(): MapLayout {
  if (cached) return cached;
  const code = [computeLayout, projectRings, callouts, fitToWidth, ukraineProjection, ukraineGeometry].map(String);
  const stored = cachedJson(['map layout', ...code, JSON.stringify(topo), lockfile()], computeLayout, isStoredLayout);
  const { scale, translate, ...layout } = stored;
  const projection = ukraineProjection().scale(scale).translate(translate);
  cached = {
    ...layout,
    project: (lonLat) => {
      const p = projection(lonLat);
      return p ? [round1(p[0]), round1(p[1])] : null;
    },
  };
  return cached;
}

/** Label sizes to try, largest first: long names get a second chance in a smaller size. */
export const LABEL_SIZES = [13, 11, 10] as const;
/** Sizes for the phone labels (short codes): about 11–12 px on a 375 px screen, where the map is drawn at ~0.34×. */
export const COMPACT_LABEL_SIZES = [34, 30] as const;

export interface PlacedLabel {
  at: Point;
  size: number;
  text: string;
}

/**
 * The unit's short name, or else its abbreviation, at the first of LABEL_SIZES where it fits
 * inside the unit; null when neither fits. `measure` gives a text's width at a size.
 */
export function placeLabel(
  shape: RegionShape,
  names: { short: string; abbr: string | null },
  measure: (text: string, size: number) => number,
  sizes: readonly number[] = LABEL_SIZES,
): PlacedLabel | null {
  for (const text of names.abbr === null ? [names.short] : [names.short, names.abbr]) {
    for (const size of sizes) {
      const at = fitLabel(shape, measure(text, size), size * 1.1);
      if (at) return { at, size, text };
    }
  }
  return null;
}

/** Where a label of the given size fits inside the unit, or null: every probe point of its box must be inside. */
export function fitLabel(shape: RegionShape, width: number, height: number): Point | null {
  for (const { at, clearance } of shape.anchors) {
    if (clearance * 2.4 < Math.min(width, height)) break;
    const [x, y] = at;
    const probes: Point[] = [];
    for (let i = 0; i <= 4; i++) {
      const px = x - width / 2 + (i * width) / 4;
      probes.push([px, y - height / 2], [px, y + height / 2]);
    }
    if (probes.every((p) => insideShape(p, shape))) return at;
  }
  return null;
}
