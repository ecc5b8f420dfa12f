import { describe, expect, it } from 'vitest';
import type { Problem } from '../contract/types.ts';
import { summariseNotices } from './summarise.ts';

const notice = (column: string, message = 'unknown column, ignored (not in the codebook)'): Problem => ({
  file: 'x.csv',
  row: null,
  column,
  value: null,
  code: message === 'unknown column, ignored (not in the codebook)' ? 'unknown_column' : 'optional_column_absent',
  message: { uk: `укр: ${message}`, en: message },
  severity: 'notice',
});
const error = (row: number): Problem => ({
  file: 'x.csv',
  row,
  column: 'oblast',
  value: 'Z',
  code: 'unknown_oblast',
  message: { uk: 'погано', en: 'bad' },
  severity: 'error',
});

describe('summariseNotices', () => {
  it('keeps the first ten of a kind, then counts the rest; errors are all kept', () => {
    const problems = [
      ...Array.from({ length: 100_000 }, (_, i) => notice(`x${i + 1}`)),
      notice('lat', 'optional column is absent'),
      ...Array.from({ length: 50 }, (_, i) => error(i + 2)),
    ];
    const out = summariseNotices(problems);
    expect(out).toHaveLength(10 + 1 + 1 + 50);
    expect(out[9]!.column).toBe('x10');
    expect(out[10]!.message).toEqual({
      uk: 'ще таких самих повідомлень: 99 990, усього 100 000: укр: unknown column, ignored (not in the codebook)',
      en: '99 990 more notices of this kind, 100 000 in all: unknown column, ignored (not in the codebook)',
    });
    expect(out[11]!.column).toBe('lat');
    expect(out.filter((p) => p.severity === 'error')).toHaveLength(50);
  });

  it('leaves eleven alone: a summary line would be no shorter', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => notice(`x${i}`));
    expect(summariseNotices(eleven)).toEqual(eleven);
  });
});
