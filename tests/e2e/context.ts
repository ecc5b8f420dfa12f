// What globalSetup hands to the test files.
import { inject } from 'vitest';

declare module 'vitest' {
  interface ProvidedContext {
    e2e: E2eContext;
  }
}

export interface E2eContext {
  /** Snapshot of the default build (dist/), served at the root of `origin`. */
  distDir: string;
  origin: string;
  /** BASE_PATH build, served under `basePath` on `baseOrigin`. */
  baseDir: string;
  basePath: string;
  baseOrigin: string;
  /** The configured `site` origin (canonical URLs). */
  siteOrigin: string;
}

export function e2e(): E2eContext {
  return inject('e2e');
}
