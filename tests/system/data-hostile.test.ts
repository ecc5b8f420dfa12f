// The data CLI as real processes under strace (issue #12): a full disk, a kill at any of its
// publishing calls — documented exit codes, one-line
// reasons, never a half-replaced published set. (In-process cases: src/ingest/cli/hostile.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedSet } from '../../src/site/data.ts';
import { setsDirOf } from '../../src/ingest/publish/publish.ts';

const work = mkdtempSync(join(tmpdir(), 'data-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = (name: string) => join('tests', 'fixtures', 'cli', name);
const valid = join('tests', 'fixtures', 'csv', 'valid.csv');

/** Runs the CLI; messages in English unless the arguments choose a language (Ukrainian is the default). */
function cli(args: string[], wrap: string[] = []) {
  const lang = args.includes('--lang') ? [] : ['--lang', 'en'];
  const command = [...wrap, process.execPath, 'scripts/data.ts', ...args, ...lang];
  const r = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, SURVEY_ILLUSTRATIVE: '' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace, no raw control character (other than the line breaks). */
function expectCalm(text: string): void {
  expect(text).not.toMatch(/^\s+at .*:\d+/m);
  // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe('one published set, real processes', () => {
  const labelOf = (out: string) => readFileSync(join(publishedSet(out), 'meta.json'), 'utf8');

  it.skipIf(!existsSync('/usr/bin/strace'))(
    'a full disk (ENOSPC at fsync) is one line, exit 3, old set kept, no staging left',
    () => {
      const out = join(work, 'full-disk');
      expect(cli(['--input', valid, '--out', out]).code).toBe(0);
      const before = labelOf(out);
      const wrap = [
        '/usr/bin/strace',
        '-f',
        '-qq',
        '-o',
        '/dev/null',
        '-e',
        'trace=fsync',
        '-e',
        'inject=fsync:error=ENOSPC',
      ];
      const r = cli(['--input', fixture('../csv/extra-column.csv'), '--out', out], wrap);
      expect(r.code).toBe(3);
      expectCalm(r.stderr);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(
        /^cannot flush to disk the file ".*oblasts\.json": no space left on the disk \(ENOSPC\)$/,
      );
      expect(labelOf(out)).toBe(before);
      // only the published set is left (no unfinished one)
      expect(readdirSync(setsDirOf(out))).toHaveLength(1);
    },
  );

  // The reproduction, on the real CLI: strace kills it at its n-th call of each
  // file-system call that changes what is published. (Every step in turn, with a hook:
  // src/ingest/publish/publish.test.ts.)
  const strace = existsSync('/usr/bin/strace');
  it.skipIf(!strace).each(['rename,renameat,renameat2', 'symlink,symlinkat', 'unlink,unlinkat,rmdir'])(
    'a run killed at any of its %s calls leaves the old set or the new, and the next run recovers',
    (calls) => {
      const out = join(work, `strace-${calls.split(',')[0]}`);
      const newInput = join('tests', 'fixtures', 'csv', 'extra-column.csv');
      expect(cli(['--input', newInput, '--out', `${out}-new`]).code).toBe(0);
      const newMeta = labelOf(`${out}-new`);
      // twice: the run under test then has an older set to remove after its switch
      expect(cli(['--input', valid, '--out', out]).code).toBe(0);
      expect(cli(['--input', valid, '--out', out]).code).toBe(0);
      const oldMeta = labelOf(out);
      expect(newMeta).not.toBe(oldMeta);
      let killed = 0;
      for (let n = 1; n <= 10; n++) {
        const wrap = [
          '/usr/bin/strace',
          '-f',
          '-qq',
          '-o',
          '/dev/null',
          '-e',
          `trace=${calls}`,
          '-e',
          `inject=${calls}:signal=KILL:when=${n}`,
        ];
        const r = cli(['--input', newInput, '--out', out], wrap);
        if (r.code === 0) break; // the run makes fewer than n such calls
        // strace dies of the signal that killed the run
        expect(r.signal ?? r.code, `call ${n}: ${r.stderr}`).toBe('SIGKILL');
        killed++;
        expect([oldMeta, newMeta]).toContain(labelOf(out));
        // the next run publishes and removes what the killed one left
        const next = cli(['--input', valid, '--out', out]);
        expect(next.code, next.stderr).toBe(0);
        expect(labelOf(out)).toBe(oldMeta);
      }
      expect(killed).toBeGreaterThan(0);
    },
  );
});
