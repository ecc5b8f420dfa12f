// The same answers rendered in random tools' shapes, delimiters, quoting, `sep=` lines,
// encodings and as .xlsx give identical aggregates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode, Renderer, RESPONDENTS, SHAPES, toCsv, type Encoding } from '../../../tests/fixtures/exports/render.ts';
import { writeXlsx } from '../../../tests/fixtures/exports/xlsx-writer.ts';
import { runPipeline } from '../pipeline.ts';
import { project } from '../../../tests/support/survey.ts';
import { readTable } from '../table/read.ts';

const renderer = new Renderer(project.codebook.codebook);

async function aggregates(bytes: Uint8Array) {
  const table = await readTable(bytes);
  if (!table.ok) throw new Error(table.message.en);
  const r = runPipeline(table.table, 'random', project);
  const errors = r.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.column} ${p.message.en}`);
  return { errors, oblasts: r.aggregates?.oblasts, national: r.aggregates?.national };
}

describe('any shape, delimiter, separator line, encoding or workbook', () => {
  it('gives the aggregates of the contract form', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(RESPONDENTS, { minLength: 1 }),
        fc.constantFrom(...SHAPES),
        fc.record({
          delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
          newline: fc.constantFrom('\n' as const, '\r\n' as const),
          quoteAll: fc.boolean(),
          sepLine: fc.boolean(),
        }),
        fc.constantFrom<Encoding | 'xlsx'>('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1251', 'xlsx'),
        async (respondents, shape, style, encoding) => {
          const rows = renderer.rows(shape, respondents);
          const bytes = encoding === 'xlsx' ? writeXlsx({ Sheet1: rows }) : encode(toCsv(rows, style), encoding);
          // Windows-1251 cannot hold ’ (in "Охорона здоров’я"): such a file cannot be written at all.
          fc.pre(bytes !== null);
          const expected = await aggregates(
            new TextEncoder().encode(
              toCsv(renderer.contract(respondents), { ...style, delimiter: ',', sepLine: false }),
            ),
          );
          const got = await aggregates(bytes!);
          expect(got.errors).toEqual([]);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 120 },
    );
  });
});
