// Incremental builds (astro.config.mjs `experimental.incrementalBuild`): Astro copies a page from
// its last build instead of rendering it again when the page's code (its module graph), the MDX
// entries it rendered and its `cacheKey` are all unchanged. The cache key says "the data are the
// same": everything a page reads that is not code Astro bundles and not an MDX body it renders.
// One key for every page — the data change as a whole — so a one-word MDX edit redraws only the
// pages that render that file, and a new export redraws everything.
import { readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { publishedDir } from '../published.ts';
import { siteGraphics } from '../embed/site-graphics.ts';
import { treeDigest } from './tree-digest.ts';
import { pngFontDir } from '../embed/fonts.ts';

const root = process.env.PROJECT_ROOT ?? process.cwd();
/** Settings that change what pages say without changing code or data files. */
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'SITE_DATA_DIR', 'CONTENT_DIR', 'PROJECT_ROOT'];

let key: Promise<string> | undefined;

/**
 * Hex SHA-256 of what every page may read besides its bundled code and its rendered MDX:
 * the project's data files and the published set, the scripts bundled by esbuild at build
 * time (src/scripts, outside Astro's module graph), the fonts the PNGs are drawn with, the settings above, every entry's
 * frontmatter in both languages (titles, order, navigation) and which graphics the report's
 * sections show (read from the Ukrainian MDX bodies for the embed and press pages).
 */
function siteCacheKey(): Promise<string> {
  key ??= (async () => {
    const data = readdirSync(`${root}/data`)
      .filter((name) => !name.startsWith('.') && name !== 'private')
      .map((name) => `data/${name}`);
    const entries = [...(await getCollection('uk')), ...(await getCollection('en'))].map((e) => [
      e.collection,
      e.id,
      e.data,
    ]);
    const settings = SETTINGS.map((k) => `${k}=${process.env[k] ?? ''}`);
    return treeDigest(
      root,
      [...data, publishedDir(), 'src/scripts', pngFontDir(root)],
      [...settings, JSON.stringify(entries), JSON.stringify(await siteGraphics())],
    );
  })();
  return key;
}

/** `paths` from a `getStaticPaths`, each with the site's cache key. */
export async function withCacheKey<T extends object>(paths: T[]): Promise<(T & { cacheKey: string })[]> {
  const cacheKey = await siteCacheKey();
  return paths.map((p) => ({ ...p, cacheKey }));
}
