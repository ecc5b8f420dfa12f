// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import { devWarmup } from './src/integrations/dev-warmup.ts';
import { afterPages, dataStep } from './scripts/build-steps.ts';

// Vite lets a BASE_URL environment variable override import.meta.env.BASE_URL,
// which our links are built from; vitest sets it to '/' for its children, and CI
// systems often define it. The site's base comes from BASE_PATH only.
delete process.env.BASE_URL;
// Astro inlines into server modules that read `import.meta.env` whole the value of every
// environment variable whose name occurs anywhere in their source, and `_` (the shell's
// "last command") occurs in all of them. Its value differs between `npm run build`,
// `astro build` and `time astro build`, which changed every page's dependency hash and
// made the incremental build render all pages again. Nothing of ours reads it.
delete process.env._;

// BASE_PATH lets the same build be hosted under a subpath (e.g. /reports/smart/).
const base = process.env.BASE_PATH || '/';
// Without SITE_URL the build uses a placeholder origin (src/site/origin.ts):
// embed code and citations then take the reader's origin in the browser, and the
// downloadable images print no address. Say so loudly: a press kit needs the real one.
const PLACEHOLDER_SITE = 'https://smart-survey.example.org';
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
// Said once the data step (if any) has passed: a build it stops says nothing else.
/** @type {import('astro').AstroIntegration} */
const placeholderSiteWarning = {
  name: 'site-url-warning',
  hooks: { 'astro:config:setup': () => warnOfPlaceholderSite() },
};
function warnOfPlaceholderSite() {
  if (process.env.SITE_URL || process.env.VITEST || !process.argv.includes('build')) return;
  const bar = '!'.repeat(78);
  console.warn(
    `\n${bar}\n` +
      `УВАГА: SITE_URL не задано. Канонічні посилання й соцкартки вказують на ${PLACEHOLDER_SITE};\n` +
      `код вбудовування й цитування на сторінці для преси візьмуть адресу з браузера, PNG — без адреси.\n` +
      `Задайте адресу сайту: SITE_URL=https://… npm run build\n` +
      `WARNING: SITE_URL is not set. Canonical links and social cards point at ${PLACEHOLDER_SITE};\n` +
      `the press page's embed code and citation use the browser's origin, PNG footers omit the address.\n` +
      `Set the public address: SITE_URL=https://… npm run build\n${bar}\n`,
  );
}

// The oblast pages moved from /communities/ua-46/ to /oblasts/ua-46/ (profiles); readers and
// the press link to the old addresses, so each gets a static redirect page with a canonical link.
/** @type {{ units: { iso: string }[] }} */
const registry = JSON.parse(readFileSync(new URL('./data/oblasts.json', import.meta.url), 'utf8'));
const redirects = Object.fromEntries(
  registry.units.flatMap(({ iso }) => {
    const slug = iso.toLowerCase();
    return ['', '/en'].map((prefix) => [`${prefix}/communities/${slug}/`, `${prefix}/oblasts/${slug}/`]);
  }),
);

export default defineConfig({
  site,
  base,
  // Tests that build from temporary content use their own cache, so the content
  // store of the real build never points at files that no longer exist.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  redirects,
  // `npm run build` (FULL_BUILD=1) runs its data step first, and its page budgets and the
  // editors' admin after the pages, in this process (scripts/build-steps.ts). The content check
  // runs next: editors' mistakes stop the build (or show in the dev browser) with file, line
  // and fix before Astro compiles any MDX. `npm run dev` compiles `/` from the moment it listens
  // (src/integrations/dev-warmup.ts).
  integrations: [
    dataStep(process.env.FULL_BUILD === '1'),
    placeholderSiteWarning,
    contentCheck(process.env.CONTENT_DIR ?? './content'),
    mdx(),
    devWarmup(),
    afterPages(process.env.FULL_BUILD === '1'),
  ],
  i18n: {
    locales: ['uk', 'en'],
    defaultLocale: 'uk',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro hashes its own scripts and styles into script-src/style-src; everything
  // else may come from our own origin only (images also as data: URIs).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // A rebuild copies every page whose code, rendered MDX and data are unchanged from the last
  // build instead of rendering it again (each getStaticPaths returns src/site/build/cache-key.ts's
  // cacheKey): a one-word MDX edit redraws the pages that show that file. The copies live in
  // cacheDir; a build with another config or lockfile renders everything.
  experimental: { incrementalBuild: true },
  // Shiki's inline styles would break the CSP; the report shows no code.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX file makes Rolldown warn that the directive "use astro:head-inject" may
        // not be preserved: a known, harmless upstream warning (withastro/astro#18087) that
        // would bury real ones. Only that one is dropped; every other warning is passed on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
