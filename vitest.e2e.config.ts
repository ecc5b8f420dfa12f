import { getViteConfig } from 'astro/config';

// The system suite (`npm run test:e2e`): real CLI processes and strace fault injection, real
// Astro builds of edited content (tests/system), then build-output and real-browser checks
// against the built site (tests/build, tests/e2e; see tests/quality/README.md). The unit suite
// is vitest.config.ts. One worker, files in sequence: builds and Chromium share two cores with
// everything else. Only the site checks need the site built and served (their globalSetup).
export default getViteConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Each run leaves every test's duration in test-results/e2e.json: where CI's time goes.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    projects: [
      { extends: true, test: { name: 'system', include: ['tests/system/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
