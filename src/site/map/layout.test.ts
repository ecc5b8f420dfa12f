// The map layout's label anchors are the same whether computed or read from the disk cache.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

describe('mapLayout label anchors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'map-layout-'));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back from the cache exactly what it computed', async () => {
    vi.stubEnv('MAP_CACHE_DIR', dir);
    vi.resetModules();
    const computed = (await import('./layout.ts')).mapLayout();
    expect(readdirSync(dir)).toHaveLength(1);
    vi.resetModules();
    const read = (await import('./layout.ts')).mapLayout();
    expect(read).not.toBe(computed);
    expect(read.regions.map((r) => r.anchors)).toEqual(computed.regions.map((r) => r.anchors));
    expect(computed.regions.every((r) => r.anchors.length > 0)).toBe(true);
  });
});
