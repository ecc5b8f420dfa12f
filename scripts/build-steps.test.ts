// The data step inside `astro build` (scripts/build-steps.ts) stops the build as the separate
// `node scripts/build-data.ts` did: same messages, same exit code, nothing after it runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { afterPages, dataStep } from './build-steps.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dataStep', () => {
  it('fails the build with the data step’s own messages and exit code', () => {
    // An export whose columns match no question: the data step refuses it.
    const csv = join(dir, 'unknown-columns.csv');
    writeFileSync(csv, 'a;b\n1;2\n');
    const env = { ...process.env, SURVEY_CSV: csv, BUILD_CACHE_DIR: join(dir, 'steps') };
    const separate = spawnSync(process.execPath, ['scripts/build-data.ts'], { encoding: 'utf8', env });
    const hook = `import { dataStep } from './scripts/build-steps.ts';
      await dataStep(true).hooks['astro:config:setup']({ command: 'build' });
      console.log('went on');`;
    const inside = spawnSync(process.execPath, ['--input-type=module', '-e', hook], { encoding: 'utf8', env });
    expect(separate.status).not.toBe(0);
    expect(inside.status).toBe(separate.status);
    expect(inside.stderr).toBe(separate.stderr);
    expect(inside.stdout).toBe(separate.stdout);
    expect(inside.stderr).toContain(csv);
  });

  it.each([
    [false, 'build'],
    [true, 'dev'],
    [true, 'sync'],
  ] as const)('does nothing when enabled is %s in astro %s', async (enabled, command) => {
    // Were the step to run, this export would fail it and it would exit.
    vi.stubEnv('SURVEY_CSV', join(dir, 'no-such-export.csv'));
    vi.stubEnv('BUILD_CACHE_DIR', join(dir, 'steps'));
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('process.exit');
    });
    try {
      const hook = dataStep(enabled).hooks['astro:config:setup'] as unknown as (o: object) => Promise<void>;
      await hook({ command });
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});

describe('afterPages', () => {
  it('does nothing unless enabled', async () => {
    const hook = afterPages(false).hooks['astro:build:done'] as unknown as (o: object) => Promise<void>;
    await expect(hook({ dir: new URL(`file://${join(dir, 'no-such-dist')}/`) })).resolves.toBeUndefined();
  });
});
