// Replaces one file whole: written under a temporary name beside it, then renamed over it
// (rename within one folder is atomic), so a reader, a killed run or a parallel run never sees
// half a file. The habit of Observable Framework's loader (write to a temporary file, then
// rename). The one copy of it: the published set's private files, the build's caches (map
// labels, PNG renders, embed bundles, page budgets, build-step stamps) and the illustrative
// export all write through here.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `content` to `path` (creating its folder), replacing any previous file in one step.
 * Throws when it cannot; the previous file is then untouched and no temporary file is left.
 */
export function replaceFile(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  // Unique per process and call, and `wx` refuses to reuse one: two runs never share a temporary file.
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * `replaceFile` for a cache entry: a failure to write is ignored. A cache only saves work that
 * can be done again, so a read-only checkout, a full disk or a folder that is not a folder must
 * cost the cache, never the build or the check that fills it.
 */
export function replaceCacheFile(path: string, content: string | Uint8Array): void {
  try {
    replaceFile(path, content);
  } catch {
    // without the cache, the work is done again next time
  }
}
