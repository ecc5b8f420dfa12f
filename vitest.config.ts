/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { isolatedTests } from './tests/support/isolated-tests.ts';

// The unit suite (`npm test`, under a minute): pure functions, components through the
// container, the data CLI in-process. Real processes, builds and browsers are the system
// suite (vitest.e2e.config.ts, `npm run test:e2e`). No sleeps, no wall-clock asserts.
//
// Most of a test file's cost here is starting its module graph, so files share their
// worker's modules (isolate: false) — except files that replace a module (vi.mock /
// vi.doMock: a mock would leak into the next file sharing the worker) and the component
// tests (the container renders through Astro's own module state); those run isolated.
const isolated = isolatedTests;

export default getViteConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: isolated,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
