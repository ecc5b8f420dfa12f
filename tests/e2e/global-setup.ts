// Builds the site the way CI does (unless E2E_SKIP_BUILD=1 and a build exists), builds
// it again under a BASE_PATH, and serves both on loopback ports for the browser tests.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, buildDefault, projectRoot } from './build-site.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';
import type { E2eContext } from './context.ts';

export const BASE_PATH = '/sub/path/';
/** Scratch builds live outside the project, fresh for every run: a build left by an
 *  earlier run (another commit, another BASE_PATH handling) must never be tested. */
let scratchDir = '';

const servers: RunningServer[] = [];

export async function setup(project: TestProject): Promise<void> {
  scratchDir = mkdtempSync(join(tmpdir(), 'smart-survey-e2e-'));
  const builtDist = join(projectRoot, 'dist');
  const baseDir = join(scratchDir, 'base-path-build');
  const skip = process.env.E2E_SKIP_BUILD === '1';

  // E2E_SKIP_BUILD=1 is the caller's word that dist/ is a fresh `npm run build` of this
  // commit (.ci/run makes one just before); tests/build/reproducible.test.ts relies on it.
  if (!(skip && existsSync(join(builtDist, 'index.html')))) buildDefault();
  // Test a snapshot: a concurrent `npm run build` (another terminal, an editor's preview)
  // empties dist/ while it works and would turn into spurious 404s here.
  const distDir = join(scratchDir, 'dist-snapshot');
  rmSync(distDir, { recursive: true, force: true });
  cpSync(builtDist, distDir, { recursive: true });
  // Its own Astro cache (kept between local runs): another base is another config, which would
  // make the next `npm run build` render every page again if the two shared one.
  astroBuild(baseDir, { BASE_PATH, ASTRO_CACHE_DIR: join(projectRoot, 'node_modules/.astro-base-path') });

  const config = (await import(join(projectRoot, 'astro.config.mjs'))) as { default: { site?: string } };
  const root = await startStaticServer([{ prefix: '/', dir: distDir }]);
  const sub = await startStaticServer([{ prefix: BASE_PATH, dir: baseDir }]);
  servers.push(root, sub);

  const context: E2eContext = {
    distDir,
    origin: root.origin,
    baseDir,
    basePath: BASE_PATH,
    baseOrigin: sub.origin,
    siteOrigin: new URL(config.default.site ?? 'http://localhost').origin,
  };
  project.provide('e2e', context);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.close()));
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
}
