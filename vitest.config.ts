/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The unit suite (`npm test`, under a minute): pure functions, components through the
// container, the data CLI in-process. Real processes, builds and browsers are the system
// suite (vitest.e2e.config.ts, `npm run test:e2e`). No sleeps, no wall-clock asserts.

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
