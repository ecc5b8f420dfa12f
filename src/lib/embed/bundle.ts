// Bundles the host-side resizer into one small classic script at build time.
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleResizer(): Promise<string> {
  const root = process.env.PROJECT_ROOT ?? process.cwd();
  const result = await build({
    entryPoints: [join(root, 'src/scripts/embed-resize.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}
