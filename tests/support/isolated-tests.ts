// Unit-test files that must not share their worker's modules (vitest.config.ts runs them in
// the `isolated` project): files that replace a module with vi.mock / vi.doMock (the mock
// would leak into the next file) and the component tests (Astro's container keeps state).
export const isolatedTests = [
  'src/components/**/*.test.ts',
  'src/admin/mdx-parser.test.ts',
  'tests/unit/third-language.test.ts',
];
