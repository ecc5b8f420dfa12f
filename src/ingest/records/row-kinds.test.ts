import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.ts';
import { project } from '../../../tests/support/survey.ts';
import { blankRowsBetween, classifyRow, rowRanges } from './row-kinds.ts';

const run = (name: string) =>
  runPipeline(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'duplicates', name)), name, project);

describe('rows that are not answers', () => {
  it('skips blank and totals rows with a notice naming them, and counts the rest', () => {
    const r = run('totals-and-blank-rows.csv');
    // By hand: rows 2, 4, 6 are answers; 3 and 5 blank; 7 is «Разом» with a COUNTIF.
    expect(r).toMatchObject({ ok: true, rowsRead: 6, rowsValid: 3, rowsSkipped: 3, rowsRejected: 0 });
    expect(r.records.map((x) => x.row)).toEqual([2, 4, 6]);
    expect(r.problems.find((p) => p.code === 'blank_rows')!.message.uk).toBe('порожні рядки пропущено: 3, 5');
    expect(r.problems.find((p) => p.code === 'totals_row')).toMatchObject({ row: 7, severity: 'notice' });
  });

  it('refuses a row repeating the header instead of counting it', () => {
    const r = run('repeated-header.csv');
    expect(r).toMatchObject({
      ok: false,
      aggregates: null,
      rowsRead: 7,
      rowsValid: 3,
      rowsSkipped: 3,
      rowsRejected: 1,
    });
    expect(r.problems.find((p) => p.code === 'repeated_header')).toMatchObject({ row: 6, severity: 'error' });
  });
});

describe('classifyRow', () => {
  const header = ['Назва громади', 'Область', 'Стратегія'];
  it.each([
    [['Разом', '', '12'], 'totals'],
    [['', 'Усього:', '12'], 'totals'],
    [['TOTAL', '', ''], 'totals'],
    [['', '12', '', '', 'Усього', '3,5'], 'totals'],
    [['', '', '=SUM(C2:C9)'], 'formula'],
    [['', '', '=СЧЁТЕСЛИ(C2:C9;"так")'], 'formula'],
    [['назва громади', 'ОБЛАСТЬ', 'x'], 'header'],
  ])('%j is %s', (cells, kind) => expect(classifyRow(cells, header)?.kind).toBe(kind));

  it('leaves answers alone, a formula-looking "other" answer included', () => {
    expect(classifyRow(['Разомська громада', 'Київська', 'так'], header)).toBeNull();
    expect(classifyRow(['Бучанська', 'Київська', '=HYPERLINK("x")'], header)).toBeNull();
    expect(classifyRow(['Бучанська', 'Область', 'так'], header)).toBeNull();
    expect(classifyRow(['Бучанська', 'Київська', 'так', 'Всього'], header)).toBeNull();
  });

  it('lists missing rows as ranges', () => {
    expect(blankRowsBetween(1, [2, 5, 6, 10])).toEqual([3, 4, 7, 8, 9]);
    expect(rowRanges([3, 4, 7, 8, 9, 12])).toBe('3–4, 7–9, 12');
  });
});
