import { getViteConfig } from 'astro/config';

// Build-output and real-browser checks against the built site (see tests/quality/README.md).
// One worker, files in sequence: builds and Chromium share two cores with everything else.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
