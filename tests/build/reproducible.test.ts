// Two clean builds of the same commit give byte-identical output, and so does the data
// pipeline: no timestamps or random ids unless pinned.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirs, describeDiff } from '../quality/reproducible.ts';
import { adminBuild, astroBuild, buildData, projectRoot } from '../e2e/build-site.ts';
import { e2e } from '../e2e/context.ts';

const ctx = e2e();
const work = mkdtempSync(join(tmpdir(), 'e2e-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reproducible builds', () => {
  it('the data pipeline writes the same bytes twice', () => {
    const input = (JSON.parse(readFileSync(join(projectRoot, 'data/dataset.json'), 'utf8')) as { input: string }).input;
    buildData(join(projectRoot, input), join(work, 'data-a'));
    buildData(join(projectRoot, input), join(work, 'data-b'));
    const diff = compareDirs(join(work, 'data-a'), join(work, 'data-b'));
    expect(describeDiff(diff), 'pipeline output differs between runs').toBe('');
  });

  it('the site build writes the same bytes twice', () => {
    // The first build is dist/: `npm run build` of this commit, made for this run by globalSetup
    // or, with E2E_SKIP_BUILD=1, just before it (.ci/run). The second ignores Astro's cache.
    const second = join(work, 'site');
    astroBuild(second, {}, ['--force']);
    adminBuild(second);
    const diff = compareDirs(ctx.distDir, second);
    expect(describeDiff(diff), 'build output differs between dist/ and a second build').toBe('');
  });
});
