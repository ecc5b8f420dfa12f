// `npm run dev` compiles `/` and the middleware as soon as it listens (astro.config.mjs). The
// files are named by glob patterns; one that matches nothing is silently skipped and the first
// page waits again, so each pattern must name the file it is meant for.
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ssrDevWarmup } from '../../src/integrations/dev-warmup.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('dev server warm-up', () => {
  it('names the middleware and the page of / (the route folder [...lang] written as a glob)', () => {
    const matched = ssrDevWarmup.warmup.map((pattern) =>
      globSync(pattern, { cwd: root }).map((f) => f.replaceAll('\\', '/')),
    );
    expect(matched).toEqual([['src/middleware.ts'], ['src/pages/[...lang]/index.astro']]);
  });
});
