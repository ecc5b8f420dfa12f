// The header wherever it is: Qualtrics' three header rows, a team workbook with titles and
// merged group headings above the header, a tally sheet with a two-row header (issue #23).
// Fixtures: tests/fixtures/headers/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../tests/fixtures/exports/xlsx-writer.ts';
import { project } from '../../../tests/support/survey.ts';
import { runPipeline } from '../pipeline.ts';
import { readTable } from '../table/read.ts';

async function run(bytes: Uint8Array, name: string) {
  const table = await readTable(bytes);
  if (!table.ok) throw new Error(table.message.en);
  return runPipeline(table.table, name, project);
}
const file = (name: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', 'headers', name));
const errors = (r: Awaited<ReturnType<typeof run>>) => r.problems.filter((p) => p.severity === 'error');

const S = 'Чи має громада стратегію розвитку «розумної громади»?';
const Q = 'Які напрями розвитку «розумної громади» є пріоритетними?';

describe('Qualtrics (three header rows)', () => {
  it('counts a response left unfinished (Finished = False) and says so, naming its row', async () => {
    const text = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'headers', 'qualtrics-choice-text.csv'), 'utf8');
    // row 6 (Жовківська) left at 40 %
    const lines = text.split('\n');
    lines[5] = lines[5]!.replace(',100,300,True,', ',40,300,False,');
    const r = await run(Buffer.from(lines.join('\n')), 'qualtrics-unfinished.csv');
    expect(r).toMatchObject({ ok: true, rowsValid: 3 });
    const notices = r.problems.filter((p) => p.code === 'unfinished_response');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'notice', column: 'Finished' });
    expect(notices[0]!.message.uk).toContain('(стовпець «Finished» = False, рядок 6): враховано');
    expect(notices[0]!.message.en).toContain('row 6');
    const finished = await run(file('qualtrics-choice-text.csv'), 'qualtrics-choice-text.csv');
    expect(finished.problems.some((p) => p.code === 'unfinished_response')).toBe(false);
  });

  it('leaves out a response left before its required answers without failing the run; other errors still count', async () => {
    const text = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'headers', 'qualtrics-choice-text.csv'), 'utf8');
    const lines = text.split('\n');
    // row 6 (Жовківська) left at 20 %: no strategy and no priority answer
    const left = lines[5]!.replace(',100,300,True,', ',20,300,False,').replace(',відсутня,Туризм,', ',,,');
    const r = await run(Buffer.from([...lines.slice(0, 5), left, ...lines.slice(6)].join('\n')), 'qualtrics-left.csv');
    expect(errors(r)).toEqual([]);
    // By hand: 4 rows read; Бучанська twice (the later kept), Ірпінська; Жовківська left out.
    expect(r).toMatchObject({ ok: true, rowsRead: 4, rowsValid: 2, rowsSkipped: 2, rowsRejected: 0 });
    const notice = r.problems.find((p) => p.code === 'unfinished_response')!;
    expect(notice.message.uk).toContain('рядок 6): жодну з них не враховано (бракує обов');
    // Nothing of them counted: no advice to leave them out (it read as a contradiction).
    expect(notice.message.uk).not.toContain('вивантажте лише завершені');
    expect(notice.message.en).toContain('row 6');
    // The same row with an oblast nobody knows: a mistake in the file, whether finished or not.
    const wrong = left.replace('Львівська область', 'Марсіанська область');
    const bad = await run(
      Buffer.from([...lines.slice(0, 5), wrong, ...lines.slice(6)].join('\n')),
      'qualtrics-bad.csv',
    );
    expect(bad.ok).toBe(false);
    expect(errors(bad).map((p) => [p.row, p.code, p.value])).toEqual([
      [6, 'unknown_oblast', 'Марсіанська область'],
      [6, 'required', ''],
      [6, 'required', ''],
    ]);
  });

  it('keeps the finished response over a later one left part way, and skips a survey preview', async () => {
    const text = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'headers', 'qualtrics-choice-text.csv'), 'utf8');
    const lines = text.split('\n');
    // row 7 (Бучанська again, recorded later) left at 70 %; row 6 (Жовківська) a preview by the survey's authors
    lines[6] = lines[6]!.replace(',100,300,True,', ',70,300,False,');
    lines[5] = lines[5]!.replace(',IP Address,', ',Survey Preview,');
    const r = await run(Buffer.from(lines.join('\n')), 'qualtrics-partial.csv');
    // By hand: rows 4–7 read; row 6 skipped (preview), row 7 skipped (the repeat not kept); rows 4, 5 counted.
    expect(r).toMatchObject({ ok: true, rowsRead: 4, rowsValid: 2, rowsSkipped: 2, duplicatesResolved: 1 });
    expect(r.records.map((x) => x.row)).toEqual([4, 5]);
    const preview = r.problems.find((p) => p.code === 'not_a_response');
    expect(preview).toMatchObject({ row: 6, column: 'Status', value: 'Survey Preview', severity: 'notice' });
    const kept = r.problems.find((p) => p.code === 'duplicate_resolved');
    expect(kept!.message.uk).toContain('рядок 7 — незавершена анкета (Finished = False)');
  });

  it('reads the choice text export whole, ignoring the IP geolocation, and keeps the latest of a repeat', async () => {
    const r = await run(file('qualtrics-choice-text.csv'), 'qualtrics-choice-text.csv');
    expect(errors(r)).toEqual([]);
    expect(r.shape).toBe('qualtrics');
    // By hand: rows 4–7 are answers; Бучанська (rows 4 and 7) is kept once, row 7 (recorded later).
    expect(r).toMatchObject({ ok: true, rowsRead: 4, rowsValid: 3, rowsSkipped: 1, duplicatesResolved: 1 });
    expect(r.records.map((x) => [x.row, x.respondent_id, x.answers.smart_strategy, x.answers.priority_areas])).toEqual([
      [5, 'R_abc2', ['in_progress'], ['education', 'other']],
      [6, 'R_abc3', ['none'], ['tourism']],
      [7, 'R_abc4', ['adopted'], ['e_governance', 'education', 'tourism']],
    ]);
    expect(r.other).toEqual([{ row: 5, question: 'priority_areas', text: 'Велодоріжки' }]);
    // The respondent's IP-based location is personal data, never the community's coordinates.
    expect(r.records.every((x) => x.lat === null && x.lon === null)).toBe(true);
    const ignored = r.columns.filter((c) => c.target.kind === 'ignored' && c.target.why === 'personal');
    expect(ignored.map((c) => c.header)).toEqual(
      expect.arrayContaining(['IPAddress', 'LocationLatitude', 'LocationLongitude']),
    );
    expect(r.problems.find((p) => p.code === 'header_rows')!.message.uk).toContain('Qualtrics');
  });

  it('refuses the numeric values export with the re-download instruction', async () => {
    const r = await run(file('qualtrics-numeric-values.csv'), 'qualtrics-numeric-values.csv');
    expect(r.ok).toBe(false);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({ code: 'qualtrics_numeric' });
    expect(errors(r)[0]!.message.en).toContain('Use choice text');
    expect(errors(r)[0]!.message.uk).toContain(S);
  });
});

describe('a team workbook with titles above the header', () => {
  it('says where it looked when no row of the first 12 is a header (13 title rows above it)', async () => {
    const lines = [
      ...Array.from({ length: 13 }, (_, i) => `Примітка ${i + 1},,`),
      'Назва громади,Область,Смарт-стратегія',
      'Бучанська міська громада,Київська область,затверджена',
    ];
    const r = runPipeline(Buffer.from(lines.join('\n')), 'titles.csv', project);
    expect(r.ok).toBe(false);
    const [notice] = r.problems.filter((p) => p.code === 'header_not_found');
    expect(notice!.message.uk).toContain('жоден із рядків 1–12 не схожий на заголовок');
    expect(notice!.message.en).toContain('if it is lower, delete the rows above it');
  });

  const rows = [
    ['Опитування громад щодо «розумних громад»', '', '', ''],
    ['Зведена таблиця, березень 2020', '', '', ''],
    ['', '', '', ''],
    ['Загальні дані', '', 'Смарт-розвиток', ''],
    ['Назва громади', 'Область', S, Q],
    ['Бучанська міська громада', 'Київська область', 'затверджена', 'Освіта, Туризм'],
    ['Жовківська міська громада', 'Львівська область', 'відсутня', 'Туризм'],
  ];
  it('finds the header in row 5 and says so; the rows above are not data', async () => {
    const r = await run(writeXlsx({ Sheet1: rows }), 'team.xlsx');
    expect(errors(r)).toEqual([]);
    expect(r).toMatchObject({ ok: true, rowsRead: 2, rowsValid: 2, rowsSkipped: 0 });
    expect(r.records.map((x) => x.row)).toEqual([6, 7]);
    const notice = r.problems.find((p) => p.code === 'header_rows')!;
    expect(notice.message.uk).toBe('заголовок таблиці — рядок 5; рядки над ним (1, 2, 4) — назви й примітки, не дані');
  });

  it('names the row numbers that stand in for the missing id as they are (row-6, not row-2)', async () => {
    const r = await run(writeXlsx({ Sheet1: rows }), 'team.xlsx');
    expect(r.records.map((x) => x.respondent_id)).toEqual(['row-6', 'row-7']);
    const notice = r.problems.find((p) => p.code === 'respondent_id_from_row')!;
    expect(notice.message.uk).toContain('(row-6, row-7, …)');
    expect(notice.message.en).toContain('(row-6, row-7, …)');
  });
});

describe('a team workbook with group headings merged over fields and options', () => {
  it('reads the pair of header rows: fields named in the lower row, options under their question', async () => {
    const rows = [
      ['Опитування громад'],
      [],
      ['Загальні відомості', '', 'Пріоритетні напрями', '', 'Стратегія'],
      ['Назва громади', 'Область', 'Освіта', 'Туризм', S],
      ['Бучанська міська громада', 'Київська область', '1', '', 'затверджена'],
      ['Жовківська міська громада', 'Львівська область', '1', '1', 'відсутня'],
    ];
    const r = await run(writeXlsx({ Sheet1: rows }), 'team-groups.xlsx');
    expect(errors(r)).toEqual([]);
    // By hand: two communities; education 2, tourism 1.
    expect(r.records.map((x) => x.answers.priority_areas)).toEqual([['education'], ['education', 'tourism']]);
    expect(r.problems.find((p) => p.code === 'header_rows')!.message.uk).toContain('рядки 3–4');
  });
});

describe('a tally sheet with a two-row header', () => {
  const rows = [
    ['Назва громади', 'Область', S, Q, '', '', ''],
    ['', '', '', 'Електронне врядування', 'Освіта', 'Туризм', 'Інше (уточніть)'],
    ['Бучанська міська громада', 'Київська область', 'затверджена', '1', '1', '', ''],
    ['Жовківська міська громада', 'Львівська область', 'відсутня', '', '', '1', 'Велодоріжки'],
    ['Ніжинська міська громада', 'Чернігівська область', 'планується', '', '1', '1', ''],
    ['Разом', '', '', '1', '2', '2', ''],
  ];
  it('reads the question over its options, skips the totals row and counts by hand', async () => {
    const r = await run(writeXlsx({ Sheet1: rows }), 'tally.xlsx');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.columns.slice(3).map((c) => c.target)).toEqual([
      { kind: 'option', question: 'priority_areas', code: 'e_governance' },
      { kind: 'option', question: 'priority_areas', code: 'education' },
      { kind: 'option', question: 'priority_areas', code: 'tourism' },
      // "Other (specify)" under the question: the option "other", its text the other answer.
      { kind: 'option', question: 'priority_areas', code: 'other' },
    ]);
    expect(r.shape).toBe('generic');
    // By hand: rows 3–5 answers, row 6 «Разом» skipped.
    expect(r).toMatchObject({ rowsRead: 4, rowsValid: 3, rowsSkipped: 1, rowsRejected: 0 });
    expect(r.records.map((x) => x.answers.priority_areas)).toEqual([
      ['e_governance', 'education'],
      ['tourism', 'other'],
      ['education', 'tourism'],
    ]);
    expect(r.other).toEqual([{ row: 4, question: 'priority_areas', text: 'Велодоріжки' }]);
  });

  it('refuses a column for an option the codebook does not know, naming it whole, instead of dropping its marks', async () => {
    // the tally without its «Інше (уточніть)» column, «Туризм» renamed to an option the codebook lacks
    const unknown = rows.map((r, i) => (i === 1 ? r.map((c) => (c === 'Туризм' ? 'Велодоріжки' : c)) : r).slice(0, 6));
    const r = await run(writeXlsx({ Sheet1: unknown }), 'tally.xlsx');
    expect(r.ok).toBe(false);
    const [error] = r.problems.filter((p) => p.code === 'unknown_option_column');
    expect(error).toMatchObject({ severity: 'error', column: `${Q} / Велодоріжки` });
    expect(error!.message.uk).toContain('варіанта «Велодоріжки» запитання «Пріоритетні напрями»');
    expect(error!.message.uk).toContain('"priority_areas/other"');
    expect(error!.message.en).toContain('no such option');
    // The mapping file can say what it is: counted as "Other".
    const table = await readTable(writeXlsx({ Sheet1: unknown }));
    if (!table.ok) throw new Error(table.message.en);
    const mapped = runPipeline(table.table, 'tally.xlsx', {
      ...project,
      map: { columns: { [`${Q} / Велодоріжки`]: 'priority_areas/other' } },
    });
    expect(mapped).toMatchObject({ ok: true, rowsValid: 3 });
    expect(mapped.records.map((x) => x.answers.priority_areas)).toEqual([
      ['e_governance', 'education'],
      ['other'],
      ['education', 'other'],
    ]);
  });
});
