// Replaces one file whole: written under a temporary name beside it, then renamed over it
// (rename within one folder is atomic), so a reader or a killed run never leaves half a file.
// The habit of Observable Framework's loader (write to a temporary file, then rename).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `content` to `path` (creating its folder), replacing any previous file in one step. */
export function replaceFile(path: string, content: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
