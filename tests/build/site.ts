// The built sites under test, read once per file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { e2e } from '../e2e/context.ts';
import { discoverPages, type BuiltPage } from '../../scripts/site-check/pages.ts';
import type { SiteLayout } from '../../scripts/site-check/resolve.ts';
import { projectRoot } from '../e2e/build-site.ts';

export interface BuiltSite {
  name: string;
  layout: SiteLayout;
  pages: (BuiltPage & { html: string })[];
}

export function builtSites(): BuiltSite[] {
  const ctx = e2e();
  const load = (name: string, distDir: string, base: string): BuiltSite => ({
    name,
    layout: { distDir, base, siteOrigin: ctx.siteOrigin },
    pages: discoverPages(distDir).map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') })),
  });
  return [load('default build', ctx.distDir, '/'), load(`BASE_PATH=${ctx.basePath} build`, ctx.baseDir, ctx.basePath)];
}

export function isIllustrative(): boolean {
  const dataset = JSON.parse(readFileSync(join(projectRoot, 'data', 'dataset.json'), 'utf8')) as {
    illustrative?: boolean;
  };
  return dataset.illustrative === true;
}
