// A result that takes long to compute and depends only on what its key is made of, kept on
// disk as JSON between processes. The label anchors (layout.ts) are the case: a grid search
// over every region's rings that took 0.3–0.7 s of the first page `npm run dev` serves and of
// every build that draws a map, for the same answer each time. The key is a SHA-256 of
// everything that decides the result — the inputs and the source text of the code that
// computes it — so a changed input or a changed function is a miss, never a stale answer.
// The folder lives under node_modules/.cache/ (or MAP_CACHE_DIR) and is safe to delete.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCacheFile } from '../../files/replace-file.ts';

/** Bump when the way a result is stored changes. */
const FORMAT = 1;

/** Hex SHA-256 of the format version and each part's length and text, in order. */
export function jsonCacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256').update(`json-cache ${FORMAT}\n`);
  for (const p of parts) hash.update(`${p.length}:`).update(p);
  return hash.digest('hex');
}

function cacheDir(): string {
  return process.env.MAP_CACHE_DIR || join(process.env.PROJECT_ROOT ?? process.cwd(), 'node_modules/.cache/map-layout');
}

/**
 * `compute()`, or its result from an earlier process that had the same `parts`. `valid`
 * checks what is read back (a truncated or foreign file is computed again). The result must
 * survive JSON (numbers, strings, arrays, plain objects; finite numbers round-trip exactly).
 * A folder that cannot be read or written only costs the computation.
 */
export function cachedJson<T>(
  parts: readonly string[],
  compute: () => T,
  valid: (value: unknown) => value is T,
  dir: string = cacheDir(),
): T {
  const file = join(dir, `${jsonCacheKey(parts)}.json`);
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (valid(value)) return value;
  } catch {
    // not cached yet
  }
  const value = compute();
  replaceCacheFile(file, JSON.stringify(value));
  return value;
}
