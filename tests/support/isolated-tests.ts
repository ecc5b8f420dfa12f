// Unit-test files that must not share their worker's modules (vitest.config.ts runs them in
// the `isolated` project): files that replace a module with vi.mock / vi.doMock (the mock
// would leak into the next file) and the component tests (Astro's container keeps state),
// and the files that load astro.config.mjs: it deletes BASE_URL from the process environment,
// and a file sharing the worker that loads src/site/url.ts after it failed at import.
export const isolatedTests = [
  'src/components/**/*.test.ts',
  'src/admin/mdx-parser.test.ts',
  'tests/unit/third-language.test.ts',
  'tests/unit/build-env.test.ts',
  'tests/unit/build-warnings.test.ts',
];
