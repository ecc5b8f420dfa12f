import { describe, expect, it } from 'vitest';
import { checkRowAccounting, type RowCounts } from './accounting.ts';
import { record } from '../../../tests/support/survey.ts';

const good: RowCounts = {
  dataRows: 4,
  rowsRead: 4,
  rowsValid: 2,
  rowsSkipped: 1,
  rowsRejected: 1,
  records: [record('UA-32', {}, 2), record('UA-32', {}, 3)],
  counted: 2,
};

describe('checkRowAccounting (the safety net)', () => {
  it('is silent when every row is counted once and the results count the rows used', () => {
    expect(checkRowAccounting(good)).toEqual([]);
    expect(checkRowAccounting({ ...good, counted: null })).toEqual([]);
  });

  it.each<[string, Partial<RowCounts>]>([
    ['a row lost between the sheet and the counts', { dataRows: 5 }],
    ['a row counted twice in the totals line', { rowsSkipped: 2 }],
    ['one record published twice', { records: [record('UA-32', {}, 2), record('UA-32', {}, 2)] }],
    ['results counting a row not used', { counted: 3 }],
  ])('fails the run for %s', (_why, change) => {
    const messages = checkRowAccounting({ ...good, ...change });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.uk).toMatch(/помилка програми/);
    expect(messages[0]!.en).toMatch(/nothing is published/);
  });
});
