// `npm run dev`: a server module's imports are otherwise compiled only when it first runs them,
// one after another, so the first page waited on a chain of some 450 compilations. With these
// options (astro.config.mjs, `vite.environments.ssr.dev`) the server compiles `/` and the
// middleware from the moment it listens, and each module's imports at once as soon as it is
// read. The files are glob patterns: '[[]' is a literal '[' (the route folder `[...lang]`).

/** Vite dev options of the server environment that renders the pages. */
export const ssrDevWarmup = {
  warmup: ['./src/middleware.ts', './src/pages/[[]...lang]/index.astro'],
  preTransformRequests: true,
};
