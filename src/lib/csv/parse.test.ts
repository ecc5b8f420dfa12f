import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse.ts';

describe('parseCsv', () => {
  it('numbers rows like a spreadsheet: header 1, a quoted line break stays one row, blank rows keep their number', () => {
    const csv = parseCsv('id,name\n1,"two\nlines"\n\n2,"a ""quoted"", word"\n;;\n3,x\n');
    expect(csv.header).toEqual(['id', 'name']);
    expect(csv.rows).toEqual([
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
    expect(csv.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('handles CR-only line ends', () => {
    expect(parseCsv('a,b\r1,2\r3,4\r').rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('reports an unclosed quote at its row', () => {
    const csv = parseCsv('a,b\n1,2\n3,"oops\n4,5\n');
    expect(csv.issues).toEqual([{ row: 3, message: expect.stringContaining('never closed') }]);
  });
});
