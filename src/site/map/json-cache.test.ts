// The on-disk JSON cache: a result is read back for the same parts, computed again for other
// parts or an unreadable file, and a folder that cannot be written only costs the computation.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedJson, jsonCacheKey } from './json-cache.ts';

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

describe('cachedJson', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const fresh = () => {
    const d = mkdtempSync(join(tmpdir(), 'json-cache-'));
    dirs.push(d);
    return d;
  };
  const counting = (value: number[]) => {
    let calls = 0;
    return { compute: () => (calls++, value), calls: () => calls };
  };

  it('reads back the same numbers, to the last bit, without computing again', () => {
    const dir = fresh();
    const value = [0.1 + 0.2, 1 / 3, 12.345678901234567, -0];
    const a = counting(value);
    expect(cachedJson(['rings', 'code'], a.compute, isNumbers, dir)).toEqual(value);
    const b = counting([]);
    const read = cachedJson(['rings', 'code'], b.compute, isNumbers, dir);
    expect(b.calls()).toBe(0);
    expect(read.slice(0, 3)).toEqual(value.slice(0, 3));
    expect(readdirSync(dir)).toEqual([`${jsonCacheKey(['rings', 'code'])}.json`]);
  });

  it('computes again when any part differs (inputs or code)', () => {
    const dir = fresh();
    cachedJson(['rings', 'code'], () => [1], isNumbers, dir);
    const other = counting([2]);
    expect(cachedJson(['rings', 'code 2'], other.compute, isNumbers, dir)).toEqual([2]);
    expect(other.calls()).toBe(1);
    // Part boundaries count: ['ab', 'c'] is not ['a', 'bc'].
    expect(jsonCacheKey(['ab', 'c'])).not.toBe(jsonCacheKey(['a', 'bc']));
  });

  it('computes again when the stored file is truncated or of another shape', () => {
    const dir = fresh();
    const file = join(dir, `${jsonCacheKey(['x'])}.json`);
    for (const stored of ['[1, 2', '{"not": "numbers"}']) {
      writeFileSync(file, stored);
      const c = counting([3]);
      expect(cachedJson(['x'], c.compute, isNumbers, dir)).toEqual([3]);
      expect(c.calls()).toBe(1);
    }
  });

  it('still answers when the folder cannot be written', () => {
    const dir = join(fresh(), 'file-not-folder');
    writeFileSync(dir, '');
    expect(cachedJson(['y'], () => [4], isNumbers, dir)).toEqual([4]);
  });
});
