import { describe, expect, it } from 'vitest';
import { FirstRows } from './first-rows.ts';

describe('FirstRows', () => {
  it('returns -1 for a new id and the first row for a repeated one, across growth', () => {
    const seen = new FirstRows();
    for (let i = 0; i < 5000; i++) expect(seen.claim(`R${i}`, i + 2)).toBe(-1);
    expect(seen.claim('R0', 9000)).toBe(2);
    expect(seen.claim('R4999', 9001)).toBe(5001);
    expect(seen.claim('R4999', 9002)).toBe(5001);
    expect(seen.claim('r0', 9003)).toBe(-1);
  });
});
