import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from './atomic-write.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function sandbox(): string {
  const d = mkdtempSync(join(tmpdir(), 'atomic-'));
  dirs.push(d);
  return d;
}

describe('writeFilesAtomically', () => {
  it('creates the target and writes every file, leaving no staging directory', () => {
    const root = sandbox();
    const target = join(root, 'generated');
    writeFilesAtomically(target, { 'a.json': '1', 'b.json': '2' });
    expect(readFileSync(join(target, 'a.json'), 'utf8')).toBe('1');
    expect(readFileSync(join(target, 'b.json'), 'utf8')).toBe('2');
    expect(readdirSync(root)).toEqual(['generated']);
  });

  it('replaces our files and keeps files it was not asked to write', () => {
    const target = join(sandbox(), 'generated');
    writeFilesAtomically(target, { 'a.json': 'old' });
    writeFileSync(join(target, 'other.json'), 'someone else');
    writeFilesAtomically(target, { 'a.json': 'new' });
    expect(readFileSync(join(target, 'a.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(target, 'other.json'), 'utf8')).toBe('someone else');
  });

  it('leaves the previous files untouched when a write fails part-way', () => {
    const root = sandbox();
    const target = join(root, 'generated');
    writeFilesAtomically(target, { 'a.json': 'good', 'b.json': 'good' });
    // The second file cannot be written (its directory does not exist), after the first one was.
    expect(() => writeFilesAtomically(target, { 'a.json': 'bad', 'missing-dir/b.json': 'bad' })).toThrow();
    expect(readFileSync(join(target, 'a.json'), 'utf8')).toBe('good');
    expect(readFileSync(join(target, 'b.json'), 'utf8')).toBe('good');
    expect(existsSync(join(target, 'missing-dir'))).toBe(false);
    expect(readdirSync(root)).toEqual(['generated']);
  });
});
