import { describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline.ts';
import { formatProblem } from './report.ts';
import { fixture, project } from '../../tests/support/survey.ts';

const run = (name: string, extra: { minRespondents?: number; maxBytes?: number } = {}) =>
  runPipeline(fixture(name), `data/${name}`, { ...project, ...extra });
const errors = (r: ReturnType<typeof run>) => r.problems.filter((p) => p.severity === 'error');

describe('runPipeline on the fixtures', () => {
  it.each([
    'valid.csv',
    'utf8-bom.csv',
    'cp1251-semicolon-crlf.csv',
    'utf16le-bom-tab.csv',
    'utf16be-bom.csv',
    'tab-delimited.tsv',
    'cr-only.csv',
  ])('%s reads the same 8 records as valid.csv', (name) => {
    const r = run(name);
    expect(errors(r)).toEqual([]);
    expect(r.records).toEqual(run('valid.csv').records);
    expect(r.aggregates!.national.respondents).toBe(8);
  });

  it('turns the reference export into the expected records', () => {
    const r = run('valid.csv');
    expect(r).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      delimiter: ',',
      rowsRead: 8,
      rowsValid: 8,
      rowsRejected: 0,
    });
    expect(r.records[0]).toEqual({
      type: null,
      row: 2,
      respondent_id: 'R001',
      community: 'Бучанська громада',
      oblast: 'UA-32',
      population: 12345,
      lat: 50.55,
      lon: 30.21,
      answers: {
        smart_strategy: ['adopted'],
        priority_areas: ['e_governance', 'transport'],
        needs: ['funding', 'expertise'],
        first_steps: ['open_data'],
        solutions: ['e_petitions', 'participatory_budget', 'e_queue'],
        has_cdto: ['yes'],
      },
    });
    expect(r.records.map((x) => x.oblast)).toEqual([
      'UA-32',
      'UA-32',
      'UA-32',
      'UA-46',
      'UA-46',
      'UA-30',
      'UA-74',
      'UA-32',
    ]);
    const kyivOblast = r.aggregates!.oblasts.find((o) => o.iso === 'UA-32')!;
    expect(kyivOblast).toMatchObject({ respondents: 4, status: 'ok', rank: 1 });
    expect(r.aggregates!.national).toMatchObject({
      respondents: 8,
      oblasts_covered: 4,
      oblasts_ranked: 1,
      leader: 'UA-32',
    });
  });

  it('reads decimal commas and grouped thousands', () => {
    expect(run('decimal-commas.csv').records[0]).toMatchObject({ population: 12345, lat: 49.59, lon: 34.55 });
    expect(run('nbsp-thousands.csv').records.map((x) => x.population)).toEqual([12345, 12345, 12345, 1234567]);
  });

  it('keeps quoted delimiters, quotes and line breaks inside cells (a name is published on one line)', () => {
    const r = run('quoted-fields.csv');
    expect(r.records.map((x) => [x.row, x.community])).toEqual([
      [2, 'Громада "Зелена", північ'],
      // the quoted line break was read as part of the cell (one record, row 3), then made a space
      [3, 'Громада з переносом рядка'],
      [4, 'Громада; з крапкою з комою'],
    ]);
  });

  it('matches header names loosely and skips blank rows without renumbering', () => {
    const r = run('messy-header-blank-lines.csv');
    expect(r.ok).toBe(true);
    expect(r.records.map((x) => x.row)).toEqual([2, 4, 6]);
  });

  it('reports every problem in bad rows with file, row, column, value and expectation', () => {
    const r = run('bad-rows.csv');
    expect(r).toMatchObject({ ok: false, rowsRead: 4, rowsValid: 1, rowsRejected: 3, aggregates: null });
    const lines = errors(r).map((p) => formatProblem(p, 'en'));
    expect(lines).toContain(
      'data/bad-rows.csv:3 column "oblast": "Кивїська" — "Кивїська" names none of the 27 oblast-level units; did you mean "Kyiv Oblast" (Київська область)?',
    );
    expect(errors(r).map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:oblast',
      '3:population',
      '3:lat',
      '3:smart_strategy',
      '3:has_cdto',
      '4:community',
      '4:oblast',
      '4:population',
      '4:lon',
      '4:smart_strategy',
      '4:priority_areas',
      '5:null',
    ]);
  });

  it('names both rows of a duplicate respondent id', () => {
    const r = run('duplicate-ids.csv');
    expect(errors(r)).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'respondent_id',
        value: 'R001',
        message: expect.objectContaining({
          en: expect.stringContaining('row 2'),
          uk: expect.stringContaining('рядку 2'),
        }),
      }),
    ]);
  });

  it('notices an unknown extra column but accepts the file', () => {
    const r = run('extra-column.csv');
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'notice', column: 'comment' })]);
  });

  it('reads a type column where the export has one, the name where not, and breaks down by it', () => {
    const r = run('type-column.csv');
    expect(errors(r)).toEqual([]);
    expect(r.records.map((x) => x.type)).toEqual(['міська', 'City', null, 'сільська', null]);
    const { community_type, population_class } = r.aggregates!.national.breakdowns;
    expect(community_type!.groups.city!.respondents).toBe(3);
    expect(community_type!.groups.village!.respondents).toBe(1);
    expect(community_type!.groups.settlement).toMatchObject({ respondents: 0, status: 'no_data' });
    expect(community_type!.unclassified).toBe(1); // "Немішаївська громада": no type word, no type cell
    expect(population_class!.groups.small!.respondents).toBe(1);
    expect(population_class!.groups.medium!.respondents).toBe(2);
    expect(population_class!.unclassified).toBe(1);
    expect(community_type!.groups.city!.questions.smart_strategy!.options.adopted).toMatchObject({
      count: 2,
      share: 0.666667,
    });
  });

  it('publishes a name typed with no-break or doubled spaces with plain single ones', () => {
    const lines = new TextDecoder().decode(fixture('valid.csv')).trim().split('\n');
    const text = [lines[0], lines[1]!.replace('Бучанська громада', 'Бучанська\u00a0міська  громада')].join('\n');
    const r = runPipeline(new TextEncoder().encode(text), 'data/spaces.csv', project);
    expect(r.records.map((x) => x.community)).toEqual(['Бучанська міська громада']);
  });

  it('rejects every repeat of a respondent id, naming the row that used it first', () => {
    const lines = new TextDecoder().decode(fixture('valid.csv')).trim().split('\n');
    // rows 3 and 5 reuse R001 (row 2), row 6 reuses R003 (row 4); ids differing only in case are different
    const ids = ['R001', 'R001', 'R003', 'R001', 'R003', 'r001'];
    const text = [lines[0], ...lines.slice(1, 7).map((l, i) => l.replace(/^R\d+/, ids[i]!))].join('\n');
    const r = runPipeline(new TextEncoder().encode(text), 'data/ids.csv', project);
    expect(r.ok).toBe(false);
    expect(errors(r).map((p) => [p.row, p.code, p.value, p.message.uk])).toEqual([
      [3, 'duplicate_id', 'R001', 'очікували унікальний ідентифікатор — «R001» вже є в рядку 2'],
      [5, 'duplicate_id', 'R001', 'очікували унікальний ідентифікатор — «R001» вже є в рядку 2'],
      [6, 'duplicate_id', 'R003', 'очікували унікальний ідентифікатор — «R003» вже є в рядку 4'],
    ]);
    expect(r.rowsRejected).toBe(3);
  });

  it('reports a type cell that names no community type, with row, column and value', () => {
    const text = new TextDecoder().decode(fixture('type-column.csv')).replace(',сільська,', ',хутір,');
    const r = runPipeline(new TextEncoder().encode(text), 'data/type.csv', project);
    expect(r.ok).toBe(false);
    expect(errors(r)).toEqual([
      expect.objectContaining({
        row: 5,
        column: 'type',
        value: 'хутір',
        code: 'unknown_type',
        message: {
          uk: expect.stringMatching(/^очікується тип громади: .*сільська.* або порожня клітинка/),
          en: expect.stringMatching(/^expected a community type: .*сільська.*, or an empty cell/),
        },
      }),
    ]);
  });

  it.each([
    ['empty.csv', /^file is empty$/],
    ['header-only.csv', /header but no data rows/],
    ['binary-garbage.csv', /NUL bytes/],
    ['control-garbage.csv', /control characters/],
  ])('%s fails with one file-level reason', (name, reason) => {
    const r = run(name);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: null, message: { en: expect.stringMatching(reason) } });
  });

  it('rejects a missing required column before looking at rows', () => {
    const r = run('missing-column.csv');
    expect(r).toMatchObject({ ok: false, rowsRead: 8, rowsValid: 0, rowsRejected: 8 });
    expect(errors(r)).toEqual([
      expect.objectContaining({
        row: null,
        column: 'oblast',
        code: 'missing_column',
        message: expect.objectContaining({ en: expect.stringMatching(/required column/) }),
      }),
    ]);
  });

  it('refuses files over the size limit', () => {
    expect(run('valid.csv', { maxBytes: 100 }).problems[0]!.message.en).toMatch(/larger than the 0\.0 MB limit/);
  });

  it('applies --min-respondents', () => {
    const r = run('valid.csv', { minRespondents: 2 });
    expect(r.aggregates!.national.oblasts_ranked).toBe(2);
  });
});
