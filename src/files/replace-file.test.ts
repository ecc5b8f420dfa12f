import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceCacheFile, replaceFile } from './replace-file.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function sandbox(): string {
  const d = mkdtempSync(join(tmpdir(), 'replace-file-'));
  dirs.push(d);
  return d;
}

// Every byte value, and a sequence that is not valid UTF-8: a text round trip would change it.
const BYTES = new Uint8Array([...Array.from({ length: 256 }, (_, i) => i), 0xc3, 0x28, 0xff, 0x00]);

describe('replaceFile', () => {
  it('creates the folder and the file, leaving no temporary file', () => {
    const root = sandbox();
    replaceFile(join(root, 'private', 'deeper', 'other.csv'), 'a\n');
    expect(readFileSync(join(root, 'private', 'deeper', 'other.csv'), 'utf8')).toBe('a\n');
    expect(readdirSync(join(root, 'private', 'deeper'))).toEqual(['other.csv']);
  });

  it('replaces the file whole (a shorter content leaves no tail) and leaves its neighbours alone', () => {
    const root = sandbox();
    replaceFile(join(root, 'other.csv'), 'old and much longer\n');
    writeFileSync(join(root, 'notes.txt'), 'mine');
    replaceFile(join(root, 'other.csv'), 'new');
    expect(readFileSync(join(root, 'other.csv'), 'utf8')).toBe('new');
    expect(readdirSync(root).sort()).toEqual(['notes.txt', 'other.csv']);
  });

  it('writes bytes exactly as given', () => {
    const root = sandbox();
    replaceFile(join(root, 'x.png'), BYTES);
    expect(new Uint8Array(readFileSync(join(root, 'x.png')))).toEqual(BYTES);
    replaceFile(join(root, 'x.png'), BYTES.subarray(10, 20)); // a view: only its own bytes
    expect(new Uint8Array(readFileSync(join(root, 'x.png')))).toEqual(BYTES.slice(10, 20));
  });

  it('writes text as UTF-8', () => {
    const root = sandbox();
    replaceFile(join(root, 'uk.txt'), 'Київ ʼ');
    expect(readFileSync(join(root, 'uk.txt'))).toEqual(Buffer.from('Київ ʼ', 'utf8'));
  });

  it('throws and leaves the previous file and no temporary file when the rename fails', () => {
    const root = sandbox();
    mkdirSync(join(root, 'taken', 'inside'), { recursive: true });
    writeFileSync(join(root, 'taken', 'keep.txt'), 'good');
    // a non-empty folder where the file should go: the write succeeds, the rename fails
    expect(() => replaceFile(join(root, 'taken'), 'bad')).toThrow();
    expect(readFileSync(join(root, 'taken', 'keep.txt'), 'utf8')).toBe('good');
    expect(readdirSync(root)).toEqual(['taken']);
  });

  it('throws when the folder cannot be made (a file stands where it should be)', () => {
    const root = sandbox();
    writeFileSync(join(root, 'file'), 'good');
    expect(() => replaceFile(join(root, 'file', 'x'), 'bad')).toThrow();
    expect(readFileSync(join(root, 'file'), 'utf8')).toBe('good');
    expect(readdirSync(root)).toEqual(['file']);
  });
});

describe('replaceCacheFile', () => {
  it('writes like replaceFile', () => {
    const root = sandbox();
    replaceCacheFile(join(root, 'cache', 'k.png'), BYTES);
    replaceCacheFile(join(root, 'cache', 'k.json'), '{"a":1}');
    replaceCacheFile(join(root, 'cache', 'k.json'), '[]');
    expect(new Uint8Array(readFileSync(join(root, 'cache', 'k.png')))).toEqual(BYTES);
    expect(readFileSync(join(root, 'cache', 'k.json'), 'utf8')).toBe('[]');
    expect(readdirSync(join(root, 'cache')).sort()).toEqual(['k.json', 'k.png']);
  });

  // chmod cannot stop root (the CI and dev containers run as root); a regular file standing where
  // the folder should be stops everyone.
  it('survives a folder that cannot be written, writing nothing', () => {
    const root = sandbox();
    writeFileSync(join(root, 'cache'), 'not a folder');
    expect(() => replaceCacheFile(join(root, 'cache', 'k.json'), '{}')).not.toThrow();
    expect(() => replaceCacheFile(join(root, 'cache', 'sub', 'k.png'), BYTES)).not.toThrow();
    expect(readFileSync(join(root, 'cache'), 'utf8')).toBe('not a folder');
    expect(readdirSync(root)).toEqual(['cache']);
  });

  it('survives a rename that fails, leaving no temporary file', () => {
    const root = sandbox();
    mkdirSync(join(root, 'k.json', 'inside'), { recursive: true });
    expect(() => replaceCacheFile(join(root, 'k.json'), '{}')).not.toThrow();
    expect(readdirSync(root)).toEqual(['k.json']);
  });
});
