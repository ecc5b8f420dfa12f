import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-export.ts';

describe('toCsv', () => {
  it('quotes delimiters, quotes and line breaks, leaves missing values empty', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          ['x,y', 'say "hi"', null],
          ['line\nbreak', 1.5, 0],
        ],
      ),
    ).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n"line\nbreak",1.5,0\r\n');
  });

  it('neutralises spreadsheet formulas in text but not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -1]])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-1\r\n');
  });
});
