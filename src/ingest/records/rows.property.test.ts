// Shuffling columns, adding title rows above the header, blank and totals rows, or submitting a community's answers
// twice never changes the published counts without a notice saying why (issue #23).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Renderer, RESPONDENTS } from '../../../tests/fixtures/exports/render.ts';
import { project } from '../../../tests/support/survey.ts';
import { runPipeline } from '../pipeline.ts';
import type { Table } from '../table/table.ts';

const renderer = new Renderer(project.codebook.codebook);

function run(rows: string[][]) {
  // Spreadsheet rows as a workbook would give them: blank rows leave a gap in the numbers.
  const table: Table = {
    format: 'xlsx',
    rows: rows.flatMap((cells, i) => (cells.every((c) => c === '') ? [] : [{ row: i + 1, cells }])),
    issues: [],
    encoding: null,
    delimiter: null,
    notices: [],
  };
  const r = runPipeline(table, 'property.xlsx', project);
  return {
    r,
    errors: r.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.message.en}`),
    counts: { oblasts: r.aggregates?.oblasts, national: r.aggregates?.national },
    codes: new Set(r.problems.map((p) => p.code)),
  };
}

describe('rows that are not answers, repeated submissions and column order', () => {
  it('never change the published counts without a notice', () => {
    fc.assert(
      fc.property(
        fc.subarray(RESPONDENTS, { minLength: 1 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.boolean(),
        fc.option(fc.nat()),
        fc.nat(),
        fc.nat({ max: 3 }),
        (respondents, shuffle, blanks, totals, duplicate, seed, titles) => {
          const [header, ...data] = renderer.rows('google-uk', respondents);
          const expected = run([header!, ...data]);
          expect(expected.errors).toEqual([]);

          let body = data.map((cells) => [...cells]);
          if (duplicate !== null) {
            // The same community again, sent later (Google Forms' own time format).
            const again = [...body[duplicate % body.length]!];
            again[0] = '2026/03/09 11:59:00 PM EET';
            body.push(again);
          }
          // Blank rows between answers (those after the last row are no rows at all in a sheet).
          for (const b of blanks)
            body.splice(
              b % body.length,
              0,
              header!.map(() => ''),
            );
          if (totals) body.push(['Разом', '', String(respondents.length), ...header!.slice(3).map(() => '')]);
          let head = header!;
          if (shuffle) {
            const order = head
              .map((_, i) => i)
              .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
            head = order.map((i) => header![i]!);
            body = body.map((cells) => order.map((i) => cells[i]!));
          }
          // Titles, an empty row and merged group headings above the header.
          const above = [['Опитування громад щодо «розумних громад»'], [], ['Загальні дані', '', '', 'Смарт-розвиток']]
            .slice(0, titles)
            .map((r) => head.map((_, i) => r[i] ?? ''));
          const got = run([...above, head, ...body]);
          expect(got.errors).toEqual([]);
          expect(got.counts).toEqual(expected.counts);
          // Every row is counted once, and every row left out is told.
          expect(got.r.rowsRead).toBe(body.length);
          expect(got.r.rowsValid).toBe(respondents.length);
          expect(got.r.rowsSkipped).toBe(body.length - respondents.length);
          expect(got.codes.has('duplicate_resolved')).toBe(duplicate !== null);
          expect(got.codes.has('blank_rows')).toBe(blanks.length > 0);
          expect(got.codes.has('totals_row')).toBe(totals);
          expect(got.codes.has('header_rows')).toBe(titles > 0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
