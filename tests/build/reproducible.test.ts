// Two clean builds of the same commit give byte-identical output, and so does the data
// pipeline: no timestamps or random ids unless pinned.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirs, describeDiff } from '../quality/reproducible.ts';
import { astroBuild, buildData, projectRoot } from '../e2e/build-site.ts';
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

  it('astro build writes the same bytes twice', () => {
    // When globalSetup built dist/ in this run, it is the first build; otherwise build both.
    const first = ctx.builtThisRun ? ctx.distDir : join(work, 'site-a');
    if (!ctx.builtThisRun) astroBuild(first);
    astroBuild(join(work, 'site-b'), {}, ['--force']);
    const diff = compareDirs(first, join(work, 'site-b'));
    expect(describeDiff(diff), 'build output differs between two builds').toBe('');
  });
});
