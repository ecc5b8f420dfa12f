import { readFileSync, globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isolatedTests } from '../support/isolated-tests.ts';

// Unit-test files share their worker's modules; a module mock in one of them would change
// what the next file imports (a content-check position, the locale list). Every file that
// mocks a module must be listed to run isolated.
describe('unit tests that mock a module', () => {
  it('run isolated', () => {
    const isolated = new Set(isolatedTests.flatMap((pattern) => globSync(pattern)));
    const files = ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'].flatMap((p) => globSync(p));
    const mocking = files.filter((f) => /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(f, 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((f) => !isolated.has(f))).toEqual([]);
  });
});
