// SVG → PNG at build time with resvg: no browser. resvg needs TTF/OTF (WOFF renders
// no text, silently), so the fonts are Noto Sans TTFs (fonts.ts: cut down from
// @expo-google-fonts/noto-sans), and system fonts stay off so every machine renders the
// same pixels.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cachedRender, digestOf, type RendererIdentity } from './png-cache.ts';
import { FONT_WEIGHTS, pngFontFile } from './fonts.ts';

const projectRoot = process.env.PROJECT_ROOT ?? process.cwd();
const require = createRequire(join(projectRoot, 'package.json'));
/** The fonts every PNG is drawn with (and the ones the glyph test checks every printable string against). */
export const fontFiles = FONT_WEIGHTS.map((weight) => pngFontFile(projectRoot, weight));

/** PNG bytes of an SVG at `scale` × its own size, drawn with `fonts` (TTF/OTF paths). */
export function renderPng(svg: string, scale = 2, fonts: readonly string[] = fontFiles): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: [...fonts],
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}

let identity: RendererIdentity | undefined;
/** resvg's version and the font files' bytes: read once per build. */
function rendererIdentity(): RendererIdentity {
  if (identity) return identity;
  const { version } = JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as {
    version: string;
  };
  identity = { renderer: `@resvg/resvg-js@${version}`, fonts: digestOf(fontFiles.map((f) => readFileSync(f))) };
  return identity;
}

/**
 * `renderPng`, through the build's render cache (png-cache.ts) in
 * node_modules/.cache/report-png/, or in PNG_CACHE_DIR when set.
 */
export function cachedPng(svg: string, scale = 2): Uint8Array {
  const dir = process.env.PNG_CACHE_DIR || join(projectRoot, 'node_modules/.cache/report-png');
  return cachedRender(svg, scale, rendererIdentity(), dir, renderPng);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
