// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Vite lets a BASE_URL environment variable override import.meta.env.BASE_URL,
// which our links are built from; vitest sets it to '/' for its children, and CI
// systems often define it. The site's base comes from BASE_PATH only.
delete process.env.BASE_URL;

// BASE_PATH lets the same build be hosted under a subpath (e.g. /reports/smart/).
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://smart-survey.example.org';

export default defineConfig({
  site,
  base,
  // Tests that build from temporary content use their own cache, so the content
  // store of the real build never points at files that no longer exist.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx()],
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
