// `npm run dev` compiles `/` and the middleware as soon as it listens (astro.config.mjs). The
// files are named by glob patterns; one that matches nothing is silently skipped and the first
// page waits again, so each pattern must name the file it is meant for. `astro build` gets none
// of it: its short-lived dev server (content sync) would compile `/` and its imports for nothing.
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devWarmup, ssrDevWarmup } from '../../src/integrations/dev-warmup.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('dev server warm-up', () => {
  it('names the middleware and the page of / (the route folder [...lang] written as a glob)', () => {
    const matched = ssrDevWarmup.warmup.map((pattern) =>
      globSync(pattern, { cwd: root }).map((f) => f.replaceAll('\\', '/')),
    );
    expect(matched).toEqual([['src/middleware.ts'], ['src/pages/[...lang]/index.astro']]);
  });
});

describe('the dev-warmup integration', () => {
  const setup = (command: 'dev' | 'build' | 'preview' | 'sync') => {
    const updates: unknown[] = [];
    const hook = devWarmup().hooks['astro:config:setup'] as unknown as (o: object) => void;
    hook({ command, updateConfig: (c: unknown) => updates.push(c) });
    return updates;
  };

  it('warms the server environment up in astro dev', () => {
    expect(setup('dev')).toEqual([{ vite: { environments: { ssr: { dev: ssrDevWarmup } } } }]);
  });

  it.each(['build', 'preview', 'sync'] as const)('changes nothing in astro %s', (command) => {
    expect(setup(command)).toEqual([]);
  });
});
