import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OUTPUT_FILES } from './outputs.ts';
import { publishedSet } from '../../site/data.ts';
import { publishSet, PublishError, setsDirOf } from './publish.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function sandbox(): string {
  const d = mkdtempSync(join(tmpdir(), 'publish-'));
  dirs.push(d);
  return d;
}

const set = (label: string) => Object.fromEntries(OUTPUT_FILES.map((n) => [n, `${label}:${n}\n`]));

/** The label every file of the published set carries, 'none' when nothing is published; fails on a mix. */
function publishedLabel(out: string): string {
  if (!existsSync(out)) return 'none';
  const dir = publishedSet(out);
  const labels = new Set(OUTPUT_FILES.map((n) => readFileSync(join(dir, n), 'utf8').split(':')[0]));
  expect(labels.size, `one set, not a mix: ${[...labels].join(', ')}`).toBe(1);
  return [...labels][0]!;
}

function refusal(fn: () => unknown): PublishError {
  try {
    fn();
  } catch (err) {
    if (err instanceof PublishError) return err;
    throw err;
  }
  throw new Error('expected a PublishError');
}

describe('publishSet', () => {
  it('publishes a link to a complete set, keeps one previous set for readers, and removes older ones', () => {
    const root = sandbox();
    const out = join(root, 'generated');
    publishSet(out, set('A'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(publishedLabel(out)).toBe('A');
    publishSet(out, set('B'));
    publishSet(out, set('C'));
    expect(publishedLabel(out)).toBe('C');
    expect(readdirSync(root).sort()).toEqual(['.generated.sets', 'generated']);
    // current + the one before it; no lock left
    expect(readdirSync(setsDirOf(out))).toHaveLength(2);
  });

  it('takes over the layout before sets (a folder holding only our outputs), removing its stale staging', () => {
    const root = sandbox();
    const out = join(root, 'generated');
    mkdirSync(out);
    for (const [n, c] of Object.entries(set('old'))) writeFileSync(join(out, n), c);
    mkdirSync(join(root, '.generated.tmp-Ab12Cd'));
    writeFileSync(join(root, '.generated.tmp-Ab12Cd', 'oblasts.json'), 'half');
    writeFileSync(join(root, 'keep.txt'), 'not ours');
    publishSet(out, set('new'));
    expect(publishedLabel(out)).toBe('new');
    expect(readdirSync(root).sort()).toEqual(['.generated.sets', 'generated', 'keep.txt']);
  });

  it('refuses a folder holding other files, a file, the input itself and a link it did not make', () => {
    const root = sandbox();
    const mixed = join(root, 'mixed');
    mkdirSync(mixed);
    writeFileSync(join(mixed, 'oblasts.json'), '[]');
    writeFileSync(join(mixed, 'notes.txt'), 'mine');
    const e1 = refusal(() => publishSet(mixed, set('A')));
    expect(e1.kind).toBe('refused');
    expect(e1.reason.uk).toContain('тека містить інші файли, не наші результати: "notes.txt"');
    expect(e1.reason.en).toContain('the folder holds files other than our outputs: "notes.txt"');
    expect(readFileSync(join(mixed, 'notes.txt'), 'utf8')).toBe('mine');

    const file = join(root, 'export.csv');
    writeFileSync(file, 'a,b\n');
    expect(refusal(() => publishSet(file, set('A'))).reason.en).toMatch(/it is a file, not a folder$/);
    expect(refusal(() => publishSet(file, set('A'), { input: file })).reason.en).toMatch(/it is the input file$/);
    expect(refusal(() => publishSet('/dev/null', set('A'))).reason.en).toMatch(/it is a special file, not a folder$/);

    const foreign = join(root, 'foreign');
    symlinkSync(root, foreign);
    expect(refusal(() => publishSet(foreign, set('A'))).reason.en).toContain('symbolic link to');
    expect(readFileSync(file, 'utf8')).toBe('a,b\n');
  });

  it('answers a path the file system refuses with a one-line reason, promptly (/proc)', () => {
    const e = refusal(() => publishSet('/proc/nope/x', set('A')));
    expect(e.kind).toBe('failed');
    expect(e.reason.uk).toBe('не вдалося створити теку "/proc/nope": немає такого файлу чи теки (ENOENT)');
    expect(e.reason.en).toBe('cannot create the folder "/proc/nope": no such file or folder (ENOENT)');
    expect(refusal(() => publishSet('/proc/x', set('A'))).kind).toBe('failed');
  });

  it('keeps a second run out while the lock holder lives, and takes over a dead holder’s lock', () => {
    const out = join(sandbox(), 'generated');
    publishSet(out, set('A'));
    const lock = join(setsDirOf(out), 'lock');
    // a live holder: this very process
    writeFileSync(lock, `${process.pid}\n2026-11-30T01:00:00.000Z\n`);
    const e = refusal(() => publishSet(out, set('B')));
    expect(e.kind).toBe('busy');
    expect(e.reason.uk).toContain(`інший запуск (процес ${process.pid}, з 2026-11-30T01:00:00.000Z) уже записує`);
    expect(e.reason.en).toContain('wait for it to finish');
    expect(publishedLabel(out)).toBe('A');
    // a dead holder: a process that has exited
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lock, `${dead.stdout}\n2026-11-30T01:00:00.000Z\n`);
    publishSet(out, set('B'));
    expect(publishedLabel(out)).toBe('B');
    expect(existsSync(lock)).toBe(false);
  });
});
