import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse.ts';

describe('parseCsv', () => {
  it('numbers rows like a spreadsheet: header 1, a quoted line break stays one row, blank rows keep their number', () => {
    const csv = parseCsv('id,name\n1,"two\nlines"\n\n2,"a ""quoted"", word"\n;;\n3,x\n');
    expect(csv.rows).toEqual([
      { row: 1, cells: ['id', 'name'] },
      { row: 2, cells: ['1', 'two\nlines'] },
      { row: 4, cells: ['2', 'a "quoted", word'] },
      { row: 5, cells: [';;'] },
      { row: 6, cells: ['3', 'x'] },
    ]);
    expect(csv.issues).toEqual([]);
  });

  it('skips rows whose cells are all blank (greedy)', () => {
    const csv = parseCsv('a;b\r\n1;2\r\n ; \r\n;\r\n3;4\r\n');
    expect(csv.delimiter).toBe(';');
    expect(csv.rows.map((r) => r.row)).toEqual([1, 2, 5]);
  });

  it('handles CR-only line ends', () => {
    expect(parseCsv('a,b\r1,2\r3,4\r').rows.slice(1)).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it.each([
    ['CRLF header, then LF rows', 'id,name\r\n1,"two\nlines"\r\n2,b\n3,"c\r\nd"\n4,e\r\n'],
    ['LF header, then CRLF and CR rows', 'id,name\n1,"two\nlines"\n2,b\r\n3,"c\r\nd"\r4,e\n'],
    ['CR header, then LF rows', 'id,name\r1,"two\nlines"\n2,b\n3,"c\r\nd"\r4,e'],
  ])('splits rows at every kind of line end when a file mixes them (%s); quoted line breaks stay', (_, text) => {
    const csv = parseCsv(text);
    expect(csv.issues).toEqual([]);
    expect(csv.rows).toEqual([
      { row: 1, cells: ['id', 'name'] },
      { row: 2, cells: ['1', 'two\nlines'] },
      { row: 3, cells: ['2', 'b'] },
      { row: 4, cells: ['3', 'c\r\nd'] },
      { row: 5, cells: ['4', 'e'] },
    ]);
  });

  it('keeps a quote inside an unquoted field literal when it evens out line ends', () => {
    const csv = parseCsv('id;size;x\r\n1;5" screen;a\n2;b;c\r\n3;7" tab;d\n');
    expect(csv.rows.map((r) => r.cells)).toEqual([
      ['id', 'size', 'x'],
      ['1', '5" screen', 'a'],
      ['2', 'b', 'c'],
      ['3', '7" tab', 'd'],
    ]);
  });

  it('reports an unclosed quote at its row', () => {
    const csv = parseCsv('a,b\n1,2\n3,"oops\n4,5\n');
    expect(csv.issues).toEqual([{ row: 3, code: 'unclosed_quote', message: expect.anything() }]);
  });

  it.each([
    ['sep=;\n', ';'],
    ['"sep=;"\r\n', ';'],
    ['SEP=\t\n', '\t'],
    ['sep=,\r', ','],
  ])("takes the delimiter from Excel's %j line, which is not a row", (line, delimiter) => {
    const d = delimiter;
    const csv = parseCsv(`${line}id${d}name${d}x\n1${d}Київ${d}2\n`);
    expect(csv.delimiter).toBe(delimiter);
    expect(csv.rows).toEqual([
      { row: 1, cells: ['id', 'name', 'x'] },
      { row: 2, cells: ['1', 'Київ', '2'] },
    ]);
  });

  it('reads the sep= export that lost its header before', () => {
    const csv = parseCsv(readFileSync('tests/fixtures/exports/excel-sep-line.csv', 'utf8'));
    expect(csv.rows[0]!.cells.slice(0, 3)).toEqual(['respondent_id', 'community', 'oblast']);
  });
});
