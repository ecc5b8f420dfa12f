// Writes a set of files so that a failed run leaves the previous good set in place:
// everything goes to a temporary directory beside the target first, and only when
// all of it is on disk are the files renamed into the target (rename within one
// file system is atomic). Files in the target that we do not write are left alone.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFilesAtomically(targetDir: string, files: Record<string, string>): void {
  const parent = dirname(targetDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(targetDir)}.tmp-`));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
    mkdirSync(targetDir, { recursive: true });
    for (const name of Object.keys(files)) renameSync(join(staging, name), join(targetDir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
