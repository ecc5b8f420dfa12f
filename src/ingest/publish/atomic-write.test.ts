import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFile } from './atomic-write.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function sandbox(): string {
  const d = mkdtempSync(join(tmpdir(), 'atomic-'));
  dirs.push(d);
  return d;
}

describe('replaceFile', () => {
  it('creates the folder and the file, leaving no temporary file', () => {
    const root = sandbox();
    replaceFile(join(root, 'private', 'other.csv'), 'a\n');
    expect(readFileSync(join(root, 'private', 'other.csv'), 'utf8')).toBe('a\n');
    expect(readdirSync(join(root, 'private'))).toEqual(['other.csv']);
  });

  it('replaces the file whole and leaves its neighbours alone', () => {
    const root = sandbox();
    replaceFile(join(root, 'other.csv'), 'old');
    writeFileSync(join(root, 'notes.txt'), 'mine');
    replaceFile(join(root, 'other.csv'), 'new');
    expect(readFileSync(join(root, 'other.csv'), 'utf8')).toBe('new');
    expect(readdirSync(root).sort()).toEqual(['notes.txt', 'other.csv']);
  });

  it('leaves the previous file untouched when the new one cannot be put in its place', () => {
    const root = sandbox();
    replaceFile(join(root, 'other.csv'), 'good');
    // a folder where the file should go: the rename fails, the temporary file goes
    expect(() => replaceFile(join(root, 'other.csv', 'x'), 'bad')).toThrow();
    expect(readFileSync(join(root, 'other.csv'), 'utf8')).toBe('good');
    expect(readdirSync(root)).toEqual(['other.csv']);
  });
});
