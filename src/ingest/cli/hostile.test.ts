// The data CLI against hostile input and hostile places to write (issue #12), in-process:
// every case answers with its documented exit code and one-line reasons, never a stack
// trace, never a raw terminal escape, never unbounded output. (Real processes killed or
// starved by strace: tests/system/data-hostile.test.ts.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedSet } from '../../site/data.ts';
import { setsDirOf } from '../publish/publish.ts';
import { runCli } from '../../../tests/support/data-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'data-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = (name: string) => join('tests', 'fixtures', 'cli', name);
const valid = join('tests', 'fixtures', 'csv', 'valid.csv');

/** Runs the CLI; messages in English unless the arguments choose a language (Ukrainian is the default). */
const cli = (args: string[]) => runCli(args.includes('--lang') ? args : [...args, '--lang', 'en']);

/** No stack trace, no raw control character (other than the line breaks). */
function expectCalm(text: string): void {
  expect(text).not.toMatch(/^\s+at .*:\d+/m);
  // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe('hostile input', () => {
  it('echoes a cell holding terminal escapes as \\u001b escapes', async () => {
    const r = await cli(['--check', fixture('terminal-escape.csv')]);
    expect(r.code).toBe(1);
    expectCalm(r.stderr);
    expect(r.stderr).toContain(
      'terminal-escape.csv:5 column "community": "x\\u001b[2J\\u001b[H" — expected plain text',
    );
    const json = await cli(['--check', fixture('terminal-escape.csv'), '--json']);
    expect(json.stdout).not.toContain('\u001b');
    expect(JSON.parse(json.stdout).problems.at(-1).value).toBe('x\u001b[2J\u001b[H');
  });

  it('shortens a 5 MB cell to a readable length, noting its full length, once per line', async () => {
    const file = join(work, 'huge-cell.csv');
    const cell = 'ж'.repeat(5_000_000);
    writeFileSync(
      file,
      `respondent_id,community,oblast,smart_strategy,priority_areas\nR1,Бучанська громада,UA-32,${cell},transport\n`,
    );
    const r = await cli(['--check', file]);
    expect(r.code).toBe(1);
    expectCalm(r.stderr);
    expect(r.stderr.length).toBeLessThan(5_000);
    expect(r.stderr).toContain(`column "smart_strategy": "${'ж'.repeat(80)}…" (5 000 000 characters)`);
    const uk = await cli(['--check', file, '--lang', 'uk']);
    expect(uk.stderr).toContain(`стовпець «smart_strategy»: «${'ж'.repeat(80)}…» (5 000 000 символів)`);
    const json = JSON.parse((await cli(['--check', file, '--json'])).stdout);
    expect(json.problems.at(-1)).toMatchObject({ value: 'ж'.repeat(200), value_length: 5_000_000 });
  });

  it('summarises 100 000 unknown columns: the first ten, then a count', async () => {
    const file = join(work, 'wide.csv');
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i + 1}`).join(',');
    const blanks = ','.repeat(100_000);
    const rows = readFileSync(valid, 'utf8').trim().split('\n');
    writeFileSync(
      file,
      `${rows[0]},${extra}\n${rows
        .slice(1)
        .map((row) => `${row}${blanks}`)
        .join('\n')}\n`,
    );
    const r = await cli(['--check', file]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThan(40); // the shape, a line per matched column, ten unknown ones, a count
    expect(lines.filter((l) => l.includes('→ ignored: not in the codebook'))).toHaveLength(10);
    expect(r.stderr).toContain('"x10" → ignored: not in the codebook');
    expect(r.stderr).not.toContain('"x11"');
    expect(r.stderr).toContain('… and 99990 more unknown columns (100000 in all) — ignored');
  });

  it('rejects bidi controls, C1 controls and zero-width characters in names and ids', async () => {
    const r = await cli(['--check', fixture('invisible-names.csv')]);
    expect(r.code).toBe(1);
    expectCalm(r.stderr);
    for (const line of [
      ':5 column "community": "Буча\\u202eанська громада" — holds an invisible bidirectional control U+202E (\\u202e) at position 5 — retype the text',
      ':6 column "community": "Ірпінь\\u0085" — holds an invisible control character U+0085 (\\u0085) at position 7',
      ':7 column "community": "Бу\\u200bчанська громада" — holds an invisible zero-width character U+200B',
      ':8 column "respondent_id": "R\\u20667" — holds an invisible bidirectional control U+2066',
    ]) {
      expect(r.stderr).toContain(line);
    }
    expect(r.stderr).toContain('rows read 7 = 3 used + 4 rejected');
    const uk = await cli(['--check', fixture('invisible-names.csv'), '--lang', 'uk']);
    expect(uk.stderr).toContain(
      ':5 стовпець «community»: «Буча\\u202eанська громада» — містить невидимий символ керування напрямком письма U+202E (\\u202e) на позиції 5 — наберіть текст заново',
    );
  });

  it('rejects populations outside the codebook range, and integers a double cannot hold', async () => {
    const r = await cli(['--check', fixture('implausible-numbers.csv')]);
    expect(r.code).toBe(1);
    const range = 'expected a whole number between 0 and 3500000';
    expect(r.stderr).toContain(`:5 column "population": "100000000000000000000000" — ${range}`);
    expect(r.stderr).toContain(`:6 column "population": "9007199254740993" — ${range}`);
    expect(r.stderr).toContain(`:7 column "population": "3500001" — ${range}`);
    expect(r.stderr).not.toContain(':8 ');
  });

  it('counts exactly the replaced byte sequences (overlong forms, encoded surrogates), not a real U+FFFD', async () => {
    const r = await cli(['--check', fixture('overlong-utf8.csv')]);
    expect(r.stderr).toContain('overlong-utf8.csv: notice: 8 invalid UTF-8 byte sequence(s) were replaced with "�"');
  });

  it('refuses an export whose file name (published in meta.json) holds a bidi control', async () => {
    const file = join(work, 'export\u202evsc.csv');
    writeFileSync(file, readFileSync(valid));
    const r = await cli(['--check', file]);
    expect(r.code).toBe(1);
    expectCalm(r.stderr);
    expect((await cli(['--check', file, '--lang', 'uk'])).stderr).toContain(
      'export\\u202evsc.csv": назва файлу містить невидимий символ керування напрямком письма U+202E',
    );
    expect(r.stderr).toContain(
      'the file name holds an invisible bidirectional control U+202E (\\u202e) at position 7 — rename the file',
    );
  });

  it('refuses a control character (ESC) in the file name, and a community name longer than the codebook allows', async () => {
    const file = join(work, 'a\u001b[2Jb.csv');
    writeFileSync(file, readFileSync(valid));
    const r = await cli(['--check', file]);
    expect(r.code).toBe(1);
    expectCalm(r.stderr);
    expect(r.stderr).toContain('the file name holds an invisible control character U+001B');
    const long = join(work, 'long-name.csv');
    writeFileSync(
      long,
      `respondent_id,community,oblast,smart_strategy,priority_areas\nR1,${'ж'.repeat(201)},UA-32,planned,transport\n`,
    );
    const l = await cli(['--check', long]);
    expect(l.code).toBe(1);
    expect(l.stderr).toContain('the name is longer than 200 characters (201)');
  });

  it('--json keeps a message that quotes a huge cell bounded, like the value', async () => {
    const file = join(work, 'huge-answer.csv');
    writeFileSync(
      file,
      `respondent_id,community,oblast,smart_strategy,priority_areas\nR1,Бучанська громада,UA-32,${'q'.repeat(2_000_000)},transport\n`,
    );
    const r = await cli(['--check', file, '--json']);
    expect(r.stdout.length).toBeLessThan(5_000);
    const problem = JSON.parse(r.stdout).problems.at(-1);
    expect(problem.value_length).toBe(2_000_000);
    expect(problem.message).toMatch(/… \(\d[\d ]* characters\)$/);
  });

  it.each([
    ['a folder', () => 'tests', '"tests": not a file (a folder or a device)'],
    ['a device', () => '/dev/zero', '"/dev/zero": not a file (a folder or a device)'],
    [
      'a pipe with no writer',
      () => {
        const fifo = join(work, 'pipe.csv');
        if (!existsSync(fifo)) spawnSync('mkfifo', [fifo]);
        return fifo;
      },
      'not a file (a folder or a device)',
    ],
    ['a missing file', () => 'nope.csv', '"nope.csv": cannot open: no such file or folder (ENOENT)'],
  ])('answers an input that is %s with one line, exit 1', async (_, path, reason) => {
    const r = await cli(['--check', path()]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(reason);
  });

  it('answers an input that fails while being read (/proc/self/mem) with one line, exit 1', async () => {
    const r = await cli(['--check', '/proc/self/mem']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      '"/proc/self/mem": cannot read: input/output error (not readable as a plain file) (EIO)',
      'rows read 0 = 0 used + 0 rejected',
    ]);
  });
});

describe('hostile places to write: exit 3, one line, nothing touched', () => {
  const inputCopy = join(work, 'export.csv');
  const mixed = join(work, 'mixed');
  it.each([
    ['a file', () => inputCopy, /"[^"]*export\.csv": it is the input file$/],
    ['/dev/null', () => '/dev/null', /"\/dev\/null": it is a special file, not a folder$/],
    [
      'a folder holding other files',
      () => mixed,
      /it is a folder \(holding "notes\.txt"\), and the outputs are published as a link; choose a new name or delete the folder$/,
    ],
    [
      'under /proc',
      () => '/proc/data-out',
      /cannot create the folder "\/proc\/\.data-out\.sets": no such file or folder \(ENOENT\)$/,
    ],
    [
      'under a missing /proc folder',
      () => '/proc/nope/x',
      /cannot create the folder "\/proc\/nope": no such file or folder \(ENOENT\)$/,
    ],
  ])('--out at %s', async (_, out, reason) => {
    writeFileSync(inputCopy, readFileSync(valid));
    mkdirSync(mixed, { recursive: true });
    writeFileSync(join(mixed, 'notes.txt'), 'mine');
    const r = await cli(['--input', inputCopy, '--out', out()]);
    expect(r.code).toBe(3);
    expectCalm(r.stderr);
    // The run's report (shape, columns, row counts), then the one-line reason.
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(reason);
    const uk = await cli(['--input', inputCopy, '--out', out(), '--lang', 'uk']);
    expect(uk.code).toBe(3);
    expect(uk.stderr.trim().split('\n').at(-1)).toMatch(/^не /); // Ukrainian by default
    expect(readFileSync(inputCopy, 'utf8')).toBe(readFileSync(valid, 'utf8'));
    expect(readFileSync(join(mixed, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('a plain file as --out is refused the same way', async () => {
    const file = join(work, 'plain.txt');
    writeFileSync(file, 'x');
    const r = await cli(['--input', valid, '--out', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('it is a file, not a folder');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('one published set', () => {
  const labelOf = (out: string) => readFileSync(join(publishedSet(out), 'meta.json'), 'utf8');

  it('a later run replaces the set in one step and removes what a killed run left', async () => {
    const out = join(work, 'sets');
    expect((await cli(['--input', valid, '--out', out])).code).toBe(0);
    const before = labelOf(out);
    mkdirSync(join(setsDirOf(out), '20261130T010000Z-1-killed')); // a killed run's unfinished set
    expect((await cli(['--input', fixture('../csv/extra-column.csv'), '--out', out])).code).toBe(0);
    expect(labelOf(out)).not.toBe(before);
    expect(labelOf(out)).toContain('extra-column.csv');
    // the new set, and the one it replaced (a reader may have resolved the link just before)
    expect(readdirSync(setsDirOf(out))).toHaveLength(2);
  });
});
