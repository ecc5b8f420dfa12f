// Part of `npm run build` (after the pages, inside its astro process: scripts/build-steps.ts):
// the editors' admin at dist/admin/ — Sveltia CMS bundled from the pinned npm package with our editor components and the
// content check (src/admin/main.ts), its fonts, icons and Ukrainian strings, and a page
// with its own CSP. Nothing is loaded from another origin. The bundle is cached in
// node_modules/.cache/admin/ (or ADMIN_CACHE_DIR) and rebuilt only when its sources or the pinned version change.
//   node scripts/build-admin.ts [DIST_DIR]
// Env: GITHUB_REPOSITORY (set by GitHub Actions) or CMS_REPO — owner/name of the repository;
// CMS_BRANCH (main); CMS_AUTH_URL — the Sveltia CMS authenticator's URL for GitHub sign-in;
// CMS_REVIEW=1 — one pull request per change. See content/README.md.
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { cmsConfig } from '../src/admin/config.ts';
import { adminPage } from '../src/admin/page.ts';

const root = process.cwd();
const sveltia = join(root, 'node_modules/@sveltia/cms');
const version = (JSON.parse(readFileSync(join(sveltia, 'package.json'), 'utf8')) as { version: string }).version;

/** Everything the bundle is made of: a change in any of these rebuilds it. */
const inputs = [
  'src/admin',
  'src/site/content',
  'src/site/graphics.ts',
  'src/contract',
  'src/text',
  'data/codebook.json',
];
function hashInputs(): string {
  const hash = createHash('sha256').update(`sveltia ${version}\n`).update(readFileSync('package-lock.json'));
  const files = inputs.flatMap((p) =>
    existsSync(join(p, '.')) && !p.includes('.')
      ? (readdirSync(p, { recursive: true }) as string[]).map((f) => join(p, f)).filter((f) => /\.(ts|json)$/.test(f))
      : [p],
  );
  for (const f of files.sort()) hash.update(`${f}\n`).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

// The content check reads files with node:fs only in checkContent, which the browser never
// calls; satteri's browser build needs cross-origin isolation (src/admin/mdx-parser.ts).
const browserStubs: Plugin = {
  name: 'browser-stubs',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|path)$/ }, (a) => ({ path: a.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'const no = () => { throw new Error("not in the browser"); }; export const readFileSync = no, readdirSync = no, join = no, relative = no;',
    }));
    b.onResolve({ filter: /^satteri$/ }, () => ({ path: resolve('src/admin/mdx-parser.ts') }));
  },
};

// Two things in Sveltia's own code still reach out: its stylesheet names its fonts on
// jsDelivr (the same files it ships in npm/assets), and the GitHub backend asks
// githubstatus.com whether GitHub is up. Both are pointed home; a new Sveltia version that
// no longer matches fails the build here instead of quietly going online.
const assets = readdirSync(join(sveltia, 'npm/assets'));
const offline: Plugin = {
  name: 'sveltia-offline',
  setup(b) {
    b.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (a) => {
      let code = readFileSync(a.path, 'utf8');
      const fonts =
        /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
      const before = code;
      code = code.replace(fonts, (url, name: string, subset: string) => {
        const file = assets.find((f) => f.startsWith(`${name}-${subset}-`) && f.endsWith('.woff2'));
        if (!file) throw new Error(`no local copy of ${url} in @sveltia/cms/npm/assets`);
        return `assets/${file}`; // relative to the admin page, where the style element lives
      });
      const status = 'https://www.githubstatus.com/api/v2/status.json';
      if (code === before || !code.includes(status)) {
        throw new Error(
          `@sveltia/cms ${version}: the font or status URLs to make local were not found; check scripts/build-admin.ts`,
        );
      }
      code = code.replace(status, 'data:application/json,{"status":{"indicator":"none"}}');
      return { contents: code, loader: 'js' };
    });
  },
};

async function bundle(dir: string): Promise<void> {
  // Loaded only when the bundle is made again.
  const { build } = await import('esbuild');
  rmSync(dir, { recursive: true, force: true });
  await build({
    entryPoints: { cms: 'src/admin/main.ts' },
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    chunkNames: 'chunk-[hash]',
    loader: { '.json': 'json' },
    plugins: [browserStubs, offline],
    logLevel: 'warning',
  });
  // The preview pane styles a text as the site does (src/styles/global.css).
  await build({
    entryPoints: { preview: 'src/styles/global.css' },
    outdir: dir,
    bundle: true,
    minify: true,
    logLevel: 'warning',
  });
  // Sveltia finds its fonts and marker icon next to its code (new URL('assets/…', import.meta.url)).
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (const f of readdirSync(join(sveltia, 'npm/assets'))) {
    if (/\.(woff2|png|txt)$/.test(f)) cpSync(join(sveltia, 'npm/assets', f), join(dir, 'assets', f));
  }
  cpSync(join(sveltia, 'LICENSE.txt'), join(dir, 'SVELTIA-LICENSE.txt'));
}

/**
 * `from`'s files at the same places under `to`, each a hard link to the cached file: the same
 * bytes as a copy without writing 17 MB into dist/ on every build. Nothing writes into a built
 * file in place (the next build deletes dist/ first), so the cache stays as it was. A file that
 * cannot be linked (another file system, no permission) is copied.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
  }
}

/** Writes the editors' admin into `distDir`/admin (absolute), from the cached bundle when its sources are unchanged. */
export async function buildAdmin(distDir: string): Promise<void> {
  const outDir = join(distDir, 'admin');
  const key = hashInputs();
  const cacheDir = process.env.ADMIN_CACHE_DIR || join(root, 'node_modules/.cache/admin');
  const cached = join(cacheDir, key);
  if (!existsSync(join(cached, 'cms.js'))) {
    rmSync(cacheDir, { recursive: true, force: true });
    await bundle(cached);
  }
  rmSync(outDir, { recursive: true, force: true });
  linkTree(cached, outDir);

  const repo = process.env.CMS_REPO || process.env.GITHUB_REPOSITORY || 'OWNER/REPOSITORY';
  const authUrl = process.env.CMS_AUTH_URL || undefined;
  const config = cmsConfig({
    repo,
    branch: process.env.CMS_BRANCH || 'main',
    authUrl,
    review: process.env.CMS_REVIEW === '1',
  });
  // A new file, never a link into the cache (the bundle has no index.html; this makes sure).
  rmSync(join(outDir, 'index.html'), { force: true });
  writeFileSync(join(outDir, 'index.html'), adminPage({ authUrl, config }));
  console.log(`Адмінку для редакторів зібрано / editors' admin built: ${outDir} (Sveltia CMS ${version}, ${repo})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAdmin(resolve(process.argv[2] ?? 'dist'));
