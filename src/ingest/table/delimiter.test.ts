import { describe, expect, it } from 'vitest';
import { detectHeaderShape } from './delimiter.ts';

describe('detectHeaderShape', () => {
  it.each([
    ['a,b,c\n1;2;3;4;5\n', ',', '\n'],
    ['a;b;c\r\n1,2,3,4,5\r\n', ';', '\r\n'],
    ['a\tb\tc\r1\t2\t3\r', '\t', '\r'],
    ['"x;y",b,c\n', ',', '\n'],
    ['only\n', ',', '\n'],
  ])('%j → %j', (input, delimiter, newline) => {
    expect(detectHeaderShape(input)).toEqual({ delimiter, newline });
  });
});
