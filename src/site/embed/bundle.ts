// Bundles a script into one small classic script at build time: the host-side resizer,
// and the embed's own script, which must run in an iframe sandboxed with only
// "allow-scripts" — there the document's origin is opaque, and module scripts (fetched
// in CORS mode) are blocked by static hosts that send no CORS headers; classic ones load.
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleResizer(): Promise<string> {
  return bundleClassic('src/scripts/embed-resize.ts');
}

/** The embed page's interactivity and height reporting, as one classic script. */
export async function bundleEmbedScript(): Promise<string> {
  return bundleClassic('src/scripts/embed-classic.ts');
}

async function bundleClassic(entry: string): Promise<string> {
  const root = process.env.PROJECT_ROOT ?? process.cwd();
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}
