// Option columns over summaries, and "Other, specify" text columns (issue #23), on a
// KoboToolbox XLSX download "with labels" and "Include groups in headers" on: headers are
// `Group label/Question label`, and `…/Option label` per option of a select_multiple
// (https://support.kobotoolbox.org/export_download.html; kobotoolbox/formpack's
// `formpack/schema/fields.py` writes the summary as the chosen labels joined by spaces).
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../tests/fixtures/exports/xlsx-writer.ts';
import { project } from '../../../tests/support/survey.ts';
import { runPipeline } from '../pipeline.ts';
import { readTable } from '../table/read.ts';
import { otherSpecifyRest } from './option-columns.ts';

const Q = 'Які напрями розвитку «розумної громади» є пріоритетними?';
const opts = ['Електронне врядування', 'Розумний транспорт', 'Освіта', 'Охорона здоров’я', 'Інше'];
const header = [
  'Загальне/Назва громади',
  'Загальне/Область',
  'Смарт/Чи має громада стратегію розвитку «розумної громади»?',
  `Смарт/${Q}`,
  ...opts.map((o) => `Смарт/${Q}/${o}`),
  'Смарт/Інше (уточніть)',
  '_uuid',
];
const rows = [
  header,
  // Summary labels joined by spaces: "Розумний транспорт Освіта" cannot be split blindly.
  [
    'Бучанська міська громада',
    'Київська область',
    'затверджена',
    'Розумний транспорт Освіта',
    '0',
    '1',
    '1',
    '0',
    '0',
    '',
    'u1',
  ],
  [
    'Ірпінська міська громада',
    'Київська область',
    'розробляється',
    'Освіта Інше',
    '0',
    '0',
    '1',
    '0',
    '1',
    'Велодоріжки',
    'u2',
  ],
  // The summary disagrees with the option columns: the option columns are read, the row named.
  ['Жовківська міська громада', 'Львівська область', 'відсутня', 'Освіта', '1', '0', '0', '0', '0', '', 'u3'],
];

async function run(groups = true) {
  // "Include groups in headers" off: the same headers without the group labels.
  const sheet = groups ? rows : [rows[0]!.map((h) => h.replace(/^(Загальне|Смарт)\//, '')), ...rows.slice(1)];
  const table = await readTable(writeXlsx({ Sheet1: sheet }));
  if (!table.ok) throw new Error(table.message.en);
  return runPipeline(table.table, 'kobo-labels.xlsx', project);
}

describe('a Kobo XLSX with labels: option columns over the summary', () => {
  it('reads the option columns, attaches the "Other" text, and names the row whose summary disagrees', async () => {
    const r = await run();
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.columns.find((c) => c.header === `Смарт/${Q}`)!.target).toEqual({
      kind: 'summary',
      question: 'priority_areas',
    });
    expect(r.columns.find((c) => c.header === 'Смарт/Інше (уточніть)')!.target).toEqual({
      kind: 'other_text',
      question: 'priority_areas',
    });
    // By hand: transport+education; education+other («Велодоріжки»); e_governance.
    expect(r.records.map((x) => x.answers.priority_areas)).toEqual([
      ['transport', 'education'],
      ['education', 'other'],
      ['e_governance'],
    ]);
    expect(r.other).toEqual([{ row: 3, question: 'priority_areas', text: 'Велодоріжки' }]);
    const disagree = r.problems.filter((p) => p.code === 'summary_disagrees');
    expect(disagree).toHaveLength(1);
    expect(disagree[0]).toMatchObject({ row: 4, severity: 'notice', column: `Смарт/${Q}`, value: 'Освіта' });
    expect(disagree[0]!.message.uk).toContain('(«Електронне врядування»)');
    expect(disagree[0]!.message.en).toContain('("E-governance")');
  });

  it('reads the same with "Include groups in headers" off', async () => {
    const [on, off] = [await run(true), await run(false)];
    expect(off.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(off.records).toEqual(on.records);
    expect(off.aggregates).toEqual(on.aggregates);
  });
});

describe('a row whose option columns are all empty but whose summary is not', () => {
  it('names the summary column (what the user sees), not the first option column', () => {
    const csv = [
      '_uuid,community,oblast,smart_strategy,priority_areas,priority_areas/education,priority_areas/tourism',
      'u1,Бучанська,Київська,adopted,education,1,0',
      'u2,Ірпінська,Київська,none,tourism,0,0',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'kobo.csv', project);
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, code: 'required', column: 'priority_areas' });
    expect(r.problems.find((p) => p.code === 'summary_disagrees')).toMatchObject({ row: 3, column: 'priority_areas' });
  });
});

describe('option columns headed by the option alone, beside the question', () => {
  it('reads them over the question column and names the rows where that column disagrees', () => {
    const csv = [
      'Громада,Область,Смарт-стратегія,Пріоритетні напрями,Освіта,Туризм,Розумний транспорт',
      // the summary leaves out «Туризм», which its column marks: the columns win, with a notice
      'Кременецька міська громада,Тернопільська область,планується,Освіта,TRUE,TRUE,FALSE',
      'Гайсинська міська громада,Вінницька область,затверджена,Розумний транспорт,FALSE,TRUE,TRUE',
      'Бучанська міська громада,Київська область,відсутня,Освіта,TRUE,FALSE,FALSE',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'team.csv', project);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.columns.slice(4).map((c) => c.target)).toEqual([
      { kind: 'option', question: 'priority_areas', code: 'education' },
      { kind: 'option', question: 'priority_areas', code: 'tourism' },
      { kind: 'option', question: 'priority_areas', code: 'transport' },
    ]);
    // By hand: tourism is chosen twice (rows 2 and 3), though no summary cell says so.
    expect(r.aggregates!.national.questions.priority_areas!.options.tourism!.count).toBe(2);
    expect(r.problems.filter((p) => p.code === 'summary_disagrees').map((p) => p.row)).toEqual([2, 3]);
  });
});

describe('an option two questions share, headed by its label alone', () => {
  const N = 'Чого громаді бракує для побудови «розумної громади»?';
  const F = 'Які перші кроки планує громада?';
  it('belongs to the question column nearest on its left', () => {
    const csv = [
      `Назва громади,Область,Смарт-стратегія,Пріоритетні напрями,${N},Навчання персоналу,${F},Навчання персоналу`,
      `Бучанська міська громада,Київська область,затверджена,Освіта,,1,,`,
      `Ірпінська міська громада,Київська область,відсутня,Туризм,,,,1`,
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'team.csv', project);
    expect(r.columns.filter((c) => c.header === 'Навчання персоналу').map((c) => c.target)).toEqual([
      { kind: 'option', question: 'needs', code: 'staff_training' },
      { kind: 'option', question: 'first_steps', code: 'staff_training' },
    ]);
    // By hand: one community each.
    expect(r.aggregates!.national.questions.needs!.options.staff_training!.count).toBe(1);
    expect(r.aggregates!.national.questions.first_steps!.options.staff_training!.count).toBe(1);
  });
  it('is refused, not guessed, when neither question column is on its left', () => {
    const csv = [
      `Назва громади,Область,Смарт-стратегія,Пріоритетні напрями,Навчання персоналу,${N},${F}`,
      `Бучанська міська громада,Київська область,затверджена,Освіта,1,,`,
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'team.csv', project);
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.column])).toEqual([['ambiguous_column', 'Навчання персоналу']]);
    expect(errors[0]!.message.uk).toContain('варіант кількох запитань (needs, first_steps)');
  });
});

describe('option columns for some options only, beside a summary', () => {
  it('reads the options without a column from the summary, and the rest from their columns', () => {
    const csv = [
      '_uuid,community,oblast,smart_strategy,priority_areas,priority_areas/education,priority_areas/tourism',
      // tourism from its column; transport from the summary (it has no column)
      'u1,Бучанська,Київська,adopted,tourism transport,0,1',
      // the summary's transport and free "other" text (one option before the text: after two,
      // «education transport Велодоріжки», the text might open with «transport» and is refused)
      'u2,Ірпінська,Київська,none,transport Велодоріжки,0,0',
      // the summary says education, its column says not: the column wins, with a notice
      'u3,Гостомельська,Київська,none,education transport,0,0',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'kobo.csv', project);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // By hand, in codebook order.
    expect(r.records.map((x) => x.answers.priority_areas)).toEqual([
      ['transport', 'tourism'],
      ['transport', 'other'],
      ['transport'],
    ]);
    expect(r.other).toEqual([{ row: 3, question: 'priority_areas', text: 'Велодоріжки' }]);
    expect(r.problems.filter((p) => p.code === 'summary_disagrees').map((p) => p.row)).toEqual([4]);
  });
});

describe('a summary read for options without a column, when it cannot be read', () => {
  it('is refused with its readings named, not dropped with the options only it holds', () => {
    const csv = [
      '_uuid,community,oblast,smart_strategy,priority_areas,priority_areas/education,priority_areas/tourism',
      // transport (no column) + the text «Велодоріжки», or the text «transport Велодоріжки»?
      'u1,Ірпінська,Київська,none,education transport Велодоріжки,1,0',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'kobo.csv', project);
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'priority_areas', 'ambiguous_split']]);
    expect(errors[0]!.message.uk).toContain('«transport Велодоріжки»');
  });
});

describe('a question column with only its "[Інше]" text column beside it (LimeSurvey)', () => {
  it('reads the answers from the question column and the other text from "[Інше]"', () => {
    const csv = [
      `community,oblast,smart_strategy,${Q},${Q} [Інше]`,
      'Бучанська,Київська,adopted,Освіта,Велодоріжки',
      'Ірпінська,Київська,none,"Освіта, Розумний транспорт",',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'lime.csv', project);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.records.map((x) => x.answers.priority_areas)).toEqual([
      ['education', 'other'],
      ['transport', 'education'],
    ]);
    expect(r.other).toEqual([{ row: 2, question: 'priority_areas', text: 'Велодоріжки' }]);
    expect(r.problems.filter((p) => p.code === 'summary_disagrees')).toEqual([]);
  });
});

describe('otherSpecifyRest', () => {
  it.each([
    [`${Q} - Other - Text`, Q],
    ['Q5[other]', 'Q5'],
    ['grp_smart/priority_areas_other', 'grp_smart/priority_areas'],
    ['Інше (уточніть)', ''],
    [`${Q} (уточніть)`, Q],
    ['Інше:', ''],
    ['Other (please specify)', ''],
    // pyxform's label for the text question `or_other` adds (a Kobo download "with labels").
    ['Specify other.', ''],
    ['Смарт/Specify other.', 'Смарт'],
    ['Вкажіть інше', ''],
  ])('%s → %s', (header, rest) => expect(otherSpecifyRest(header)).toBe(rest));

  it('leaves questions and options alone', () => {
    for (const h of [
      Q,
      'Інше',
      'Освіта',
      `${Q} - Selected Choice`,
      'Вкажіть інше джерело фінансування',
      'Невкажіть інше',
    ])
      expect(otherSpecifyRest(h)).toBeNull();
  });
});
