// The published set this build renders, read once per build. Only the build's entry points
// use it — the middleware (src/middleware.ts) that hands it to every page as
// `Astro.locals.site`, and the `getStaticPaths` functions that run before any request.
// Components never import it: they read `Astro.locals.site`, which tests fill with a
// fixture (`container.renderToString(C, { locals: { site } })`).
import { join, resolve } from 'node:path';
import { readSiteData, type SiteData } from './data.ts';

/**
 * Where the pipeline publishes: `data/generated` under the project, or SITE_DATA_DIR — a build
 * setting that lets previews and the system tests build the site from another published set.
 */
export function publishedDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = resolve(env.PROJECT_ROOT ?? process.cwd());
  return resolve(env.SITE_DATA_DIR ?? join(root, 'data', 'generated'));
}

let cached: SiteData | undefined;

/** The build's site data: the published set at {@link publishedDir}, read on first use. */
export function publishedSite(): SiteData {
  cached ??= readSiteData(publishedDir());
  return cached;
}
