// ESLint (flat config): the recommended JavaScript, typescript-eslint and Astro rules, plus
// the direction of the folders (docs/architecture.md). Formatting is Prettier's job
// (npm run format); type errors are astro check's (npm test); folder cycles are
// scripts/check-folders.ts's (npm run lint runs all of them).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- Direction: contract → ingest → site; text and i18n beside them ----
// Each rule matches the import string as written (all our imports are relative), so
// `(\.\./)+site/` is "climbs out of its folder into src/site". A flat config keeps only the
// last `no-restricted-imports` that matches a file, so every folder's block repeats the
// tests/ rule. Test files (*.test.ts) are exempt: a test may import what it checks and the
// helpers under tests/ — the rules hold for the code that ships and the scripts that build it.
const TESTS = { regex: String.raw`^(\.\./)+tests/`, message: 'Only tests import from tests/.' };
const UI = String.raw`(components|pages|layouts)`;
const boundaries = [
  {
    files: ['src/**', 'scripts/**'],
    patterns: [],
  },
  {
    files: ['src/contract/**'],
    patterns: [
      { regex: String.raw`^\.\./`, message: 'src/contract/ imports nothing of ours: it is the bottom layer.' },
    ],
  },
  {
    files: ['src/files/**'],
    patterns: [
      {
        regex: String.raw`^\.\./`,
        message: 'src/files/ imports nothing of ours: ingest, site and scripts all write files through it.',
      },
    ],
  },
  {
    files: ['src/text/**'],
    patterns: [{ regex: String.raw`^\.\./(?!contract/)`, message: 'src/text/ imports only src/contract/.' }],
  },
  {
    files: ['src/i18n/**'],
    patterns: [
      { regex: String.raw`^\.\./(?!(contract|text)/)`, message: 'src/i18n/ imports only src/contract/ and src/text/.' },
    ],
  },
  {
    files: ['src/ingest/**'],
    patterns: [
      {
        regex: String.raw`^(\.\./)+(site|${UI})/`,
        message:
          'src/ingest/ never imports the site (src/site/, components, layouts, pages): data flows ingest → site.',
      },
    ],
  },
  {
    files: ['src/site/**'],
    patterns: [
      {
        regex: String.raw`^(\.\./)+ingest/`,
        message: 'src/site/ never imports src/ingest/: it reads the published set through src/contract/.',
      },
    ],
  },
].map(({ files, patterns }) => ({
  files,
  // scripts/bench/ is test tooling (`npm run bench` drives the browser helpers of tests/e2e),
  // not a build step.
  ignores: ['**/*.test.ts', 'scripts/bench/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, TESTS] }] },
}));

// ---- Every string a person reads lives in the catalogue (src/i18n/uk.ts, en.ts) ----
// An object literal with both `uk` and `en` whose values are written-out strings is a message
// kept outside the catalogue; build it with `localized((c) => c.ingest.…)` instead. Objects
// that only join texts already localized (`{ uk: a.uk, en: a.en }`) are not matched.
// src/contract/ and src/text/ sit below the catalogue (they may not import src/i18n/), so their
// few inline messages (load.ts, registry.ts, invisible.ts) are left to them for now.
const LANG_TEXT = (lang) =>
  `Property[key.name='${lang}'][value.type=/^(Literal|TemplateLiteral)$/], Property[key.value='${lang}'][value.type=/^(Literal|TemplateLiteral)$/]`;
const LANG_KEY = (lang) => `Property[key.name='${lang}'], Property[key.value='${lang}']`;
const inlineMessages = {
  files: ['src/**', 'scripts/**'],
  ignores: ['src/i18n/**', 'src/contract/**', 'src/text/**', '**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: `ObjectExpression:matches(:has(> ${LANG_TEXT('uk')}):has(> ${LANG_KEY('en')}), :has(> ${LANG_TEXT('en')}):has(> ${LANG_KEY('uk')}))`,
        message:
          'A message written inline as { uk, en }: put its words in the catalogue (src/i18n/uk.ts and en.ts) and build it with localized((c) => …).',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', 'data/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // A catalogue message may leave out a value another language shows (`_parser` in uk.ts).
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },
  {
    files: ['src/scripts/**', '**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...boundaries,
  inlineMessages,
);
