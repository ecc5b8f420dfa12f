import { afterAll, describe, expect, it } from 'vitest';
import { compareDirs, describeDiff } from '../../quality/reproducible.ts';
import { fixtureSite } from './fixture-site.ts';

const a = fixtureSite({ 'index.html': 'same', 'x/a.js': 'v1', 'only-a.txt': '' });
const b = fixtureSite({ 'index.html': 'same', 'x/a.js': 'v2', 'only-b.txt': '' });
const c = fixtureSite({ 'index.html': 'same', 'x/a.js': 'v1', 'only-a.txt': '' });
afterAll(() => [a, b, c].forEach((s) => s.cleanup()));

describe('compareDirs', () => {
  it('finds no difference between identical trees', () => {
    expect(compareDirs(a.dir, c.dir)).toEqual({ onlyInA: [], onlyInB: [], differ: [] });
  });

  it('lists differing and missing files', () => {
    const diff = compareDirs(a.dir, b.dir);
    expect(diff).toEqual({ onlyInA: ['only-a.txt'], onlyInB: ['only-b.txt'], differ: ['x/a.js'] });
    expect(describeDiff(diff)).toContain('differing files:\n  x/a.js');
  });
});
