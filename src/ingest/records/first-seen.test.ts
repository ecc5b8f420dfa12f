import { describe, expect, it } from 'vitest';
import { FirstSeen } from './first-seen.ts';

describe('FirstSeen', () => {
  it('answers as a Map of first occurrences does, past its expected size and through collisions', () => {
    // Few distinct keys among many additions (repeats), and more distinct keys than
    // expected (growth); keys that differ only at the end or in order (collisions).
    let seed = 3;
    const rand = (n: number) => (seed = (seed * 1664525 + 1013904223) >>> 0) % n;
    const alphabet = ['a', 'b', 'ї', "'", ' ', '0', '😀'];
    const table = new FirstSeen<number>(10);
    const reference = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      let key = '';
      for (let k = rand(5); k > 0; k--) key += alphabet[rand(alphabet.length)];
      const expected = reference.get(key);
      if (expected === undefined) reference.set(key, i);
      expect(table.firstOr(key, i)).toBe(expected);
    }
    expect(reference.size).toBeGreaterThan(1000);
  });

  it('keeps the empty string as a key and tells keys apart by case', () => {
    const table = new FirstSeen<string>(0);
    expect(table.firstOr('', 'first')).toBeUndefined();
    expect(table.firstOr('', 'second')).toBe('first');
    expect(table.firstOr('R1', 'row 2')).toBeUndefined();
    expect(table.firstOr('R1', 'row 9')).toBe('row 2');
    expect(table.firstOr('r1', 'row 3')).toBeUndefined();
  });
});
