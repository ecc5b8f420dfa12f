import { describe, expect, it } from 'vitest';
import { memoByText } from './memo.ts';

describe('memoByText', () => {
  it('reads each distinct text once, undefined results too', () => {
    const calls: string[] = [];
    const read = memoByText((t) => {
      calls.push(t);
      return t === 'x' ? undefined : t.length;
    });
    expect([read('ab'), read('x'), read('ab'), read('x'), read('abc')]).toEqual([2, undefined, 2, undefined, 3]);
    expect(calls).toEqual(['ab', 'x', 'abc']);
  });

  it('keeps at most 50,000 texts and reads later ones every time', () => {
    let calls = 0;
    const read = memoByText((t) => (calls++, t));
    for (let i = 0; i < 50_000; i++) read(String(i));
    read('late');
    read('late');
    read('0');
    expect(calls).toBe(50_002);
  });
});
