// Build steps that redo nothing when nothing they read has changed. A step's stamp records a
// digest of its inputs (files, folders, settings), a digest of the outputs it left and what it
// printed. The next run skips the step only when both digests are the same again — an edited
// input, another setting or an output someone changed or deleted makes it run — and prints
// what the skipped run printed, so a warning is never lost by skipping. Stamps live in
// node_modules/.cache/build-steps/ (or BUILD_CACHE_DIR) and are safe to delete at any time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceCacheFile } from '../src/files/replace-file.ts';

/** What a step's last successful run read, left and printed. */
export interface Stamp {
  inputs: string;
  outputs: string;
  stdout: string;
  stderr: string;
}

function stampPath(name: string, env: NodeJS.ProcessEnv): string {
  const dir = env.BUILD_CACHE_DIR || join(process.cwd(), 'node_modules/.cache/build-steps');
  return join(dir, `${name}.json`);
}

/** The stamp of step `name` when its last run read `inputs` and its outputs digest to `outputs` now; else null. */
export function freshStamp(
  name: string,
  inputs: string,
  outputs: () => string,
  env: NodeJS.ProcessEnv = process.env,
): Stamp | null {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(name, env), 'utf8')) as Stamp;
  } catch {
    return null;
  }
  return stamp.inputs === inputs && stamp.outputs === outputs() ? stamp : null;
}

/** Records a successful run of step `name` (written whole, then renamed: a crash leaves no half stamp). */
export function saveStamp(name: string, stamp: Stamp, env: NodeJS.ProcessEnv = process.env): void {
  replaceCacheFile(stampPath(name, env), JSON.stringify(stamp));
}
