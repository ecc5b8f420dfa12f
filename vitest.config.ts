/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The unit suite (`npm test`, under a minute): pure functions, components through the
// container, the data CLI in-process. Real processes, builds and browsers are the system
// suite (vitest.e2e.config.ts, `npm run test:e2e`). No sleeps, no wall-clock asserts.
//
// Most of a test file's cost here is starting its module graph, so files share their
// worker's modules (isolate: false) — except the component tests, which choose the data
// folder through the environment before the site's data module is first imported.
const components = 'src/components/**/*.test.ts';

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
          exclude: [components],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'components', include: [components] } },
    ],
  },
});
