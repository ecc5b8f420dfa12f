import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishSet, PublishError, setsDirOf } from './publish.ts';
import { publishedLabel, sandboxes, set } from '../../../tests/support/publish-sets.ts';

const sandbox = sandboxes('publish-');

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
    // current + the one before it
    expect(readdirSync(setsDirOf(out))).toHaveLength(2);
  });

  it('removes what a killed run left (a set it never switched to) at the next run', () => {
    const out = join(sandbox(), 'generated');
    publishSet(out, set('A'));
    mkdirSync(join(setsDirOf(out), '20261130T010000Z-1-abcdef'));
    writeFileSync(join(setsDirOf(out), '20261130T010000Z-1-abcdef', 'oblasts.json'), 'half');
    writeFileSync(join(setsDirOf(out), '20261130T010000Z-1-abcdef.link'), '');
    publishSet(out, set('B'));
    expect(publishedLabel(out)).toBe('B');
    expect(readdirSync(setsDirOf(out))).toHaveLength(2);
  });

  it('refuses a folder, a file, the input itself and a link it did not make', () => {
    const root = sandbox();
    const folder = join(root, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'oblasts.json'), '[]');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    const e1 = refusal(() => publishSet(folder, set('A')));
    expect(e1.kind).toBe('refused');
    expect(e1.reason.uk).toContain(
      'це тека (у ній "notes.txt", "oblasts.json"), а результати публікуються як посилання',
    );
    expect(e1.reason.en).toContain(
      'it is a folder (holding "notes.txt", "oblasts.json"), and the outputs are published',
    );
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');

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

  it('answers a path the file system refuses with a one-line reason, (/proc)', () => {
    const e = refusal(() => publishSet('/proc/nope/x', set('A')));
    expect(e.kind).toBe('failed');
    expect(e.reason.uk).toBe('не вдалося створити теку "/proc/nope": немає такого файлу чи теки (ENOENT)');
    expect(e.reason.en).toBe('cannot create the folder "/proc/nope": no such file or folder (ENOENT)');
    expect(refusal(() => publishSet('/proc/x', set('A'))).kind).toBe('failed');
  });
});
