import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.ts';
import { project } from '../../../tests/support/survey.ts';
import { writeXlsx } from '../../../tests/fixtures/exports/xlsx-writer.ts';
import { readTable } from '../table/read.ts';
import { blankRowsBetween, classifyRow, createRowClassifier, rowRanges } from './row-kinds.ts';

const Q = 'Які напрями розвитку «розумної громади» є пріоритетними?';
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

  it('skips a subtotal row between the answers («Разом по Київській області»), with a notice', () => {
    const r = run('subtotal-rows.csv');
    // By hand: rows 2, 3, 5–8 are the six answers of contract.csv; row 4 is the subtotal.
    expect(r).toMatchObject({ ok: true, rowsRead: 7, rowsValid: 6, rowsSkipped: 1, rowsRejected: 0 });
    expect(r.problems.find((p) => p.code === 'totals_row')).toMatchObject({ row: 4, severity: 'notice' });
  });

  it("skips a tally's unlabelled totals row from an .xlsx (formulas read as their values), with a notice", async () => {
    // A team's sheet: one 0/1 column per option, and =SUM() under each at the foot, no label.
    // read-excel-file passes the formulas' cached values, so the row holds only counts.
    const sheet = [
      ['Назва громади', 'Область', 'Стратегія', `${Q} [Освіта]`, `${Q} [Туризм]`],
      ['Бучанська', 'Київська', 'затверджена', '1', '0'],
      ['Ірпінська', 'Київська', 'відсутня', '1', '1'],
      ['Славутська', 'Хмельницька', 'відсутня', '1', '0'],
      ['', '', '', '3', '1'],
    ];
    const table = await readTable(writeXlsx({ Sheet1: sheet }));
    if (!table.ok) throw new Error(table.message.en);
    const r = runPipeline(table.table, 'tally.xlsx', project);
    // By hand: three communities; education 3, tourism 1.
    expect(r).toMatchObject({ ok: true, rowsRead: 4, rowsValid: 3, rowsSkipped: 1, rowsRejected: 0 });
    const notice = r.problems.find((p) => p.code === 'totals_row');
    expect(notice).toMatchObject({ row: 5, severity: 'notice' });
    expect(notice!.message.uk).toContain('найбільше — 3');
    expect(r.aggregates!.national.respondents).toBe(3);
  });

  it("never takes a community's row without its name for totals: its answers are marks, not counts", () => {
    const classify = createRowClassifier(['Назва', 'Область', 'Освіта', 'Туризм', 'Населення'], {
      identity: [0, 1],
      answers: [2, 3],
    });
    expect(classify(['', '', '1', '0', '12000'])).toBeNull();
    expect(classify(['', '', 'Так', '', ''])).toBeNull();
    expect(classify(['Бучанська', '', '3', '1', ''])).toBeNull();
    expect(classify(['', '', '3', '1', ''])).toEqual({ kind: 'sums', largest: 3 });
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
    [['Разом: 2', '', ''], 'totals'],
    [['Усього 12', '', '3'], 'totals'],
    [['', '12', '', '', 'Усього', '3,5'], 'totals'],
    [['Разом по Київській області', '', '12'], 'totals'],
    [['', 'Усього за Бучанським районом:', '4', '7'], 'totals'],
    [['Итого по Житомирской области', '', ''], 'totals'],
    [['Subtotal for Lviv oblast', '', '3'], 'totals'],
    [['', '12', '', 'Разом по області', '3'], 'totals'],
    [['', '', '=SUM(C2:C9)'], 'formula'],
    [['', '', '=СЧЁТЕСЛИ(C2:C9;"так")'], 'formula'],
    [['назва громади', 'ОБЛАСТЬ', 'x'], 'header'],
  ])('%j is %s', (cells, kind) => expect(classifyRow(cells, header)?.kind).toBe(kind));

  it('leaves answers alone, a formula-looking "other" answer included', () => {
    expect(classifyRow(['Разомська громада', 'Київська', 'так'], header)).toBeNull();
    expect(classifyRow(['Бучанська', 'Київська', '=HYPERLINK("x")'], header)).toBeNull();
    expect(classifyRow(['Бучанська', 'Область', 'так'], header)).toBeNull();
    expect(classifyRow(['Бучанська', 'Київська', 'так', 'Всього'], header)).toBeNull();
    // A subtotal's words in an answer beyond the first cells, beside other text.
    expect(classifyRow(['Бучанська', 'Київська', 'так', 'Разом по області'], header)).toBeNull();
    expect(classifyRow(['Разомська громада', 'Київська', 'Разом з сусідами'], header)).toBeNull();
  });

  it('lists missing rows as ranges', () => {
    expect(blankRowsBetween(1, [2, 5, 6, 10])).toEqual([3, 4, 7, 8, 9]);
    expect(rowRanges([3, 4, 7, 8, 9, 12])).toBe('3–4, 7–9, 12');
  });
});
