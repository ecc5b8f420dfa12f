// The committed oblast geometry (data/geo/ukraine.topo.json, see its README),
// decoded once per build into GeoJSON features keyed by ISO code.
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../../data/geo/ukraine.topo.json' with { type: 'json' };

export type RegionFeature = Feature<Polygon | MultiPolygon, { iso: string }>;

export interface UkraineGeometry {
  /** 27 units, sorted by ISO code. */
  regions: RegionFeature[];
  collection: FeatureCollection<Polygon | MultiPolygon, { iso: string }>;
  /** Borders between two units, each drawn once. */
  borders: MultiLineString;
  /** The country's outline (coast and state border). */
  outline: MultiLineString;
}

type OblastTopology = Topology<{ oblasts: GeometryCollection<{ iso: string }> }>;

let cached: UkraineGeometry | undefined;

export function ukraineGeometry(): UkraineGeometry {
  if (cached) return cached;
  const topology = topo as unknown as OblastTopology;
  const object = topology.objects.oblasts;
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { iso: string }>;
  cached = {
    regions: collection.features,
    collection,
    borders: mesh(topology, object, (a, b) => a !== b),
    outline: mesh(topology, object, (a, b) => a === b),
  };
  return cached;
}
