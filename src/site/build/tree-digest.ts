// A digest of files and folders as they are now: what build steps (scripts/build-cache.ts) and
// the incremental page cache (cache-key.ts) compare to know whether anything they read changed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Every file at or under `path` (following links), sorted; [] when nothing is there. */
function filesUnder(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * Hex SHA-256 of `settings` (e.g. environment values, the Node version) and of every file
 * at or under `paths` (relative to `root`): each file's path relative to `root`, size and
 * bytes, so a renamed, added, removed or edited file gives another digest. A missing path
 * counts as "missing", not as an error (a step may create it).
 */
export function treeDigest(root: string, paths: readonly string[], settings: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const s of settings) hash.update(`setting ${s.length}:${s}\n`);
  for (const p of [...paths].sort()) {
    const files = filesUnder(resolve(root, p));
    if (files.length === 0) hash.update(`missing ${p}\n`);
    for (const f of files) {
      const bytes = readFileSync(f);
      hash.update(`file ${relative(root, f)} ${bytes.length}\n`).update(bytes);
    }
  }
  return hash.digest('hex');
}
