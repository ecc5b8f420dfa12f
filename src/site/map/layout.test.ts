// The map layout is the same whether computed or read from the disk cache.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

describe('mapLayout on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'map-layout-'));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back from the cache exactly what it computed: paths, rings, anchors, callouts and the projection', async () => {
    vi.stubEnv('MAP_CACHE_DIR', dir);
    vi.resetModules();
    const computed = (await import('./layout.ts')).mapLayout();
    // The layout and, inside it, the label anchors.
    expect(readdirSync(dir)).toHaveLength(2);
    vi.resetModules();
    const read = (await import('./layout.ts')).mapLayout();
    expect(read).not.toBe(computed);
    const { project: p1, ...a } = computed;
    const { project: p2, ...b } = read;
    expect(b).toEqual(a);
    expect(computed.regions.every((r) => r.anchors.length > 0)).toBe(true);
    // Kyiv, Lviv, Kharkiv, Simferopol and a point outside the country.
    for (const lonLat of [
      [30.52, 50.45],
      [24.03, 49.84],
      [36.23, 49.99],
      [34.1, 44.95],
      [10, 60],
    ] as [number, number][])
      expect(p2(lonLat)).toEqual(p1(lonLat));
    expect(p1([30.52, 50.45])).not.toBeNull();
  });

  it('computes it again when what is stored is not a layout', async () => {
    const { writeFileSync } = await import('node:fs');
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{"width": 1000}');
    vi.stubEnv('MAP_CACHE_DIR', dir);
    vi.resetModules();
    const layout = (await import('./layout.ts')).mapLayout();
    expect(layout.regions).toHaveLength(27);
    expect(layout.regions.every((r) => r.d.startsWith('M') && r.anchors.length > 0)).toBe(true);
  });
});
