// `npm run dev` compiles `/` and the middleware as soon as it listens (astro.config.mjs). The
// files are named by glob patterns; one that matches nothing is silently skipped and the first
// page waits again, so each pattern must name the file it is meant for.
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
const warmup = (config.vite?.environments?.ssr?.dev?.warmup ?? []) as string[];

describe('dev server warm-up', () => {
  it('names the middleware and the page of / (the route folder [...lang] written as a glob)', () => {
    expect(warmup.map((pattern) => globSync(pattern, { cwd: root }).map((f) => f.replaceAll('\\', '/')))).toEqual([
      ['src/middleware.ts'],
      ['src/pages/[...lang]/index.astro'],
    ]);
  });

  it('compiles the imports of each module it reads at once, not when they first run', () => {
    expect(config.vite?.environments?.ssr?.dev?.preTransformRequests).toBe(true);
  });
});
