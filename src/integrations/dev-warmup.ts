// `npm run dev`: a server module's imports are otherwise compiled only when it first runs them,
// one after another, so the first page waited on a chain of some 450 compilations. With these
// options (`vite.environments.ssr.dev`) the server compiles `/` and the middleware from the
// moment it listens, and each module's imports at once as soon as it is read. The files are
// glob patterns: '[[]' is a literal '[' (the route folder `[...lang]`).
//
// Only for `astro dev`: `astro build` starts a dev server of its own for a moment (it loads
// src/content.config.ts through it to sync the content), and with these options that server
// compiled `/` and its ~450 imports for nothing — about 1 s of CPU in every build.
import type { AstroIntegration } from 'astro';

/** Vite dev options of the server environment that renders the pages. */
export const ssrDevWarmup = {
  warmup: ['./src/middleware.ts', './src/pages/[[]...lang]/index.astro'],
  preTransformRequests: true,
};

/** Sets {@link ssrDevWarmup} for `astro dev` only. */
export function devWarmup(): AstroIntegration {
  return {
    name: 'dev-warmup',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { environments: { ssr: { dev: ssrDevWarmup } } } });
      },
    },
  };
}
