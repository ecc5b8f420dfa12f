import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInvisible, invisibleProblem } from './invisible.ts';

describe('invisibleProblem', () => {
  it.each([
    ['Буча\u202eанська', 'U+202E', 5, 'bidirectional control'],
    ['Ірпінь\u0085', 'U+0085', 7, 'control character'],
    ['Бу\u200bча', 'U+200B', 3, 'zero-width character'],
    ['Бу\u200dча', 'U+200D', 3, 'zero-width character'],
    ['\ufeffБуча', 'U+FEFF', 1, 'zero-width character'],
    ['Бу\u00adча', 'U+00AD', 3, 'soft hyphen'],
    ['Буча\u2028', 'U+2028', 5, 'line separator'],
    ['😀Буча\u2066', 'U+2066', 6, 'bidirectional control'],
    ['Буча\u3164', 'U+3164', 5, 'invisible character'],
  ])('%j: names %s at position %i', (text, code, position, kind) => {
    const p = invisibleProblem(text)!;
    expect(p.en).toContain(`${kind} ${code}`);
    expect(p.en).toContain(`at position ${position}`);
    expect(p.uk).toContain(`на позиції ${position}`);
  });

  it('passes Ukrainian names with apostrophes, dashes and no-break spaces', () => {
    for (const name of ["Кам'янець-Подільська громада", 'Камʼянська', 'м. Київ', 'Біла\u00a0Церква', 'Stryi – Стрий']) {
      expect(findInvisible(name)).toBeNull();
    }
  });

  it('finds none in the reader-facing text of the codebook, the oblast registry and the dataset', () => {
    for (const file of ['data/codebook.json', 'data/oblasts.json', 'data/dataset.json']) {
      const strings: string[] = [];
      JSON.parse(readFileSync(file, 'utf8'), (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
      const bad = strings.filter((s) => findInvisible(s) !== null);
      expect(bad, file).toEqual([]);
    }
  });
});
