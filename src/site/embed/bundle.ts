// Bundles a script into one small classic script at build time: the host-side resizer,
// and the embed's own script, which must run in an iframe sandboxed with only
// "allow-scripts" — there the document's origin is opaque, and module scripts (fetched
// in CORS mode) are blocked by static hosts that send no CORS headers; classic ones load.
//
// These two routes have no getStaticPaths, so Astro's page cache cannot keep them: every build
// ran esbuild on both again. A bundle is kept instead (node_modules/.cache/build-steps/, or
// BUILD_CACHE_DIR) with a digest of every file esbuild read for it, and used again while all of
// them (and tsconfig.json), the entry, the options and the esbuild version are the same.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { replaceCacheFile } from '../../files/replace-file.ts';

export async function bundleResizer(): Promise<string> {
  return bundleClassic('src/scripts/embed-resize.ts');
}

/** The embed page's interactivity and height reporting, as one classic script. */
export async function bundleEmbedScript(): Promise<string> {
  return bundleClassic('src/scripts/embed-classic.ts');
}

const OPTIONS = { bundle: true, minify: true, format: 'iife', target: 'es2019', legalComments: 'none' } as const;

/** A kept bundle: its code and the SHA-1 of each file (absolute path) esbuild read to make it. */
interface Kept {
  code: string;
  inputs: Record<string, string>;
}

const sha1 = (bytes: string | Buffer) => createHash('sha1').update(bytes).digest('hex');

function digestOf(file: string): string {
  try {
    return sha1(readFileSync(file));
  } catch {
    return 'missing';
  }
}

async function bundleClassic(entry: string): Promise<string> {
  const root = process.env.PROJECT_ROOT ?? process.cwd();
  const entryPath = join(root, entry);
  const esbuildVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/esbuild/package.json'), 'utf8')) as { version: string }
  ).version;
  const cacheDir = process.env.BUILD_CACHE_DIR || join(root, 'node_modules/.cache/build-steps');
  const keptFile = join(
    cacheDir,
    'embed-scripts',
    `${sha1(JSON.stringify([entryPath, esbuildVersion, OPTIONS]))}.json`,
  );
  const kept = readKept(keptFile);
  if (kept && Object.entries(kept.inputs).every(([file, digest]) => digestOf(file) === digest)) return kept.code;

  // Loaded only when a bundle is made.
  const { build } = await import('esbuild');
  const result = await build({ ...OPTIONS, entryPoints: [entryPath], write: false, metafile: true });
  const code = result.outputFiles[0]!.text;
  // esbuild's metafile names the files relative to its working directory; it also reads the
  // tsconfig.json, which the metafile does not list.
  const read = [...Object.keys(result.metafile.inputs).map((f) => resolve(f)), join(root, 'tsconfig.json')];
  const inputs = Object.fromEntries(read.map((file) => [file, digestOf(file)]));
  // Written whole, then renamed: a crashed build leaves no half entry.
  replaceCacheFile(keptFile, JSON.stringify({ code, inputs } satisfies Kept));
  return code;
}

function readKept(file: string): Kept | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Kept;
  } catch {
    return null; // a first build, or a deleted cache
  }
}
