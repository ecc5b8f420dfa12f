import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180: CRLF after every record, quotes only where a cell needs them', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x', 1],
          ['with, comma', 'say "hi"'],
          [null, undefined],
          ['two\nlines', -2.5],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\n"with, comma","say ""hi"""\r\n,\r\n"two\nlines",-2.5\r\n');
  });

  it.each([
    ['=', '=1+1'],
    ['+', '+380 44 000 00 00'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['tab', '\t=1'],
    ['carriage return', '\r=1'],
  ])('neutralises a text cell starting with %s: a leading apostrophe, quoted', (_, text) => {
    const csv = toCsv(['text'], [[text]]);
    expect(csv).toBe(`text\r\n"'${text}"\r\n`);
    // read back, the cell is the text behind an apostrophe: a spreadsheet shows it, never evaluates it
    expect(Papa.parse<string[]>(csv).data[1]![0]).toBe(`'${text}`);
  });

  it('neutralises a formula that goes on over a second line (Papa’s default pattern would not)', () => {
    expect(toCsv(['t'], [['=HYPERLINK("http://example.org","x")\nmore']])).toBe(
      't\r\n"\'=HYPERLINK(""http://example.org"",""x"")\nmore"\r\n',
    );
  });

  it('leaves numbers alone, negative ones included, and text with a formula character later on', () => {
    expect(
      toCsv(
        ['n', 't'],
        [
          [-3, 'a=b'],
          [0, 'e-mail'],
        ],
      ),
    ).toBe('n,t\r\n-3,a=b\r\n0,e-mail\r\n');
  });
});

describe('toCsv, as the site downloads use it', () => {
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
