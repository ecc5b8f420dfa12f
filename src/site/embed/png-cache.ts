// A PNG render costs ~150 ms and a build makes ~60 of them, nearly all identical to the last
// build's. Each render is cached under a SHA-256 of everything that decides its pixels: the SVG
// text, the scale, the renderer's version, the bytes of every font it may use and the cache's own
// format version. Any change to one of those is a different key, so a stale PNG is never served;
// an unchanged one is read back instead of rendered. The folder lives under node_modules/.cache/
// (kept between local builds; CI may keep it too) and is safe to delete at any time.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCacheFile } from '../../files/replace-file.ts';

/** Bump when the way PNGs are made changes in a way the other inputs do not show (e.g. background). */
const FORMAT = 1;

/** What decides a PNG's pixels besides the SVG and the scale. */
export interface RendererIdentity {
  /** Renderer name and version, e.g. "@resvg/resvg-js@2.6.2". */
  renderer: string;
  /** Digest of the font files' bytes, in order. */
  fonts: string;
}

/** Hex SHA-256 of each buffer's length and bytes, in order (lengths keep boundaries unambiguous). */
export function digestOf(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** The cache key of one render: hex SHA-256 of the format version, the renderer identity, the scale and the SVG. */
export function pngCacheKey(svg: string, scale: number, identity: RendererIdentity): string {
  return digestOf([String(FORMAT), identity.renderer, identity.fonts, String(scale), svg]);
}

/**
 * The PNG of `svg` at `scale`, read from `dir` when an identical render was cached there,
 * otherwise made by `render` and stored (written to a temporary name, then renamed, so a
 * crashed or parallel build never leaves half a file under a key). An unreadable or
 * unwritable folder only costs the render.
 */
export function cachedRender(
  svg: string,
  scale: number,
  identity: RendererIdentity,
  dir: string,
  render: (svg: string, scale: number) => Uint8Array,
): Uint8Array {
  const file = join(dir, `${pngCacheKey(svg, scale, identity)}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // not cached yet
  }
  const png = render(svg, scale);
  replaceCacheFile(file, png);
  return png;
}
