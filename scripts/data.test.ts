// The CLI end to end, as the build runs it: exit codes, output files, and that a
// bad export never overwrites the last good JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'data-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = (name: string) => join('tests', 'fixtures', 'csv', name);

function cli(...args: string[]) {
  const r = spawnSync('npx', ['node', 'scripts/data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SURVEY_ILLUSTRATIVE: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/data.ts', () => {
  it('writes the four JSON files, and a failing run leaves them untouched', () => {
    const good = cli('--input', fixture('valid.csv'), '--out', out);
    expect(good.code).toBe(0);
    expect(good.stderr).toContain('rows read 8 = 8 used + 0 rejected');
    expect(readdirSync(out).sort()).toEqual(['communities.json', 'meta.json', 'national.json', 'oblasts.json']);
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({
      input: 'valid.csv',
      rows_read: 8,
      rows_valid: 8,
      rows_rejected: 0,
      min_respondents: 3,
    });
    expect(JSON.parse(readFileSync(join(out, 'oblasts.json'), 'utf8'))).toHaveLength(27);
    const before = readFileSync(join(out, 'national.json'), 'utf8');

    const bad = cli('--input', fixture('bad-rows.csv'), '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'tests/fixtures/csv/bad-rows.csv:3 column "oblast": "Кивїська" — «Кивїська» не є назвою жодної з 27 областей; можливо, «Київська область»? / "Кивїська" names none of the 27 oblast-level units; did you mean "Kyiv Oblast" (Київська область)?',
    );
    expect(bad.stderr).toContain('rows read 4 = 1 used + 3 rejected');
    expect(readFileSync(join(out, 'national.json'), 'utf8')).toBe(before);
  });

  it('--check --json prints exactly one JSON object and exits 0 / 1', () => {
    const ok = cli('--check', fixture('extra-column.csv'), '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, rows_read: 8, rows_valid: 8, rows_rejected: 0 });
    const empty = cli('--check', fixture('empty.csv'), '--json');
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toEqual({
      ok: false,
      rows_read: 0,
      rows_valid: 0,
      rows_rejected: 0,
      problems: [{ row: null, column: null, value: null, message: 'file is empty', severity: 'error' }],
    });
  });

  it.each([
    [['--bogus']],
    [['--check']],
    [['--check', fixture('valid.csv'), '--encoding', 'klingon']],
    [['--input', fixture('valid.csv')]],
  ])('usage errors exit 2: %j', (args) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage:');
  });

  it('gives bad input a one-line reason and no stack trace', () => {
    const r = cli('--check', fixture('binary-garbage.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
