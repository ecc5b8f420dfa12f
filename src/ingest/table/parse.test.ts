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
