// Every survey tool's export of the same six respondents, end to end through the real
// pipeline, gives the same aggregates as those answers in our contract form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../pipeline.ts';
import { formatProblem } from '../report.ts';
import { project } from '../../../tests/support/survey.ts';
import { readTable } from '../table/read.ts';

const file = (name: string) => `tests/fixtures/exports/${name}`;
async function run(name: string): Promise<PipelineResult> {
  const table = await readTable(readFileSync(file(name)));
  if (!table.ok) throw new Error(table.message.en);
  return runPipeline(table.table, file(name), project);
}
const errors = (r: PipelineResult) =>
  r.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'));
/** what the site is built from, less the community list (respondent ids and coordinates differ by tool) */
const published = (r: PipelineResult) => ({ oblasts: r.aggregates?.oblasts, national: r.aggregates?.national });

describe("survey tools' exports", async () => {
  const contract = await run('contract.csv');

  it('the contract form reads cleanly', () => {
    expect(errors(contract)).toEqual([]);
    expect(contract.shape).toBe('contract');
    expect(contract.rowsValid).toBe(6);
  });

  it.each([
    ['google-forms-uk.csv', 'google-forms'],
    ['google-forms-en.csv', 'google-forms'],
    ['microsoft-forms.csv', 'microsoft-forms'],
    ['surveymonkey.csv', 'surveymonkey'],
    ['surveymonkey.xlsx', 'surveymonkey'],
    ['kobo.csv', 'kobo'],
    ['limesurvey.csv', 'limesurvey'],
    ['excel-sep-line.csv', 'contract'],
    ['contract.xlsx', 'contract'],
  ])('%s is read as %s, to the same aggregates as the contract form', async (name, shape) => {
    const r = await run(name);
    expect(errors(r)).toEqual([]);
    expect(r.shape).toBe(shape);
    expect(r.rowsValid).toBe(6);
    expect(published(r)).toEqual(published(contract));
  });

  it('counts "Other" free text as the option other and keeps the text apart, verbatim', async () => {
    for (const name of ['contract.csv', 'google-forms-uk.csv', 'surveymonkey.csv', 'limesurvey.csv', 'kobo.csv']) {
      const r = await run(name);
      expect(
        r.other.map((o) => [o.question, o.text]),
        name,
      ).toEqual([
        ['priority_areas', 'Велодоріжки, парковки'],
        ['needs', 'Генератори'],
      ]);
      const notice = r.problems.find((p) => p.code === 'other_answers')!;
      expect(notice.message.uk).toContain('«Пріоритетні напрями»: «Велодоріжки, парковки» × 1');
    }
    expect(contract.aggregates!.national.questions.priority_areas!.options.other!.count).toBe(1);
  });

  it('never reads personal data: e-mails, names and IP addresses are ignored by design, on one line', async () => {
    for (const name of ['google-forms-uk.csv', 'microsoft-forms.csv', 'surveymonkey.csv']) {
      const r = await run(name);
      const text = JSON.stringify(r.records) + JSON.stringify(r.aggregates);
      expect(text, name).not.toMatch(/@example\.org|192\.0\.2\.|anonymous/);
      const ignored = r.problems.filter((p) => p.code === 'ignored_by_design');
      expect(ignored).toHaveLength(1);
    }
    const sm = await run('surveymonkey.csv');
    expect(sm.problems.find((p) => p.code === 'ignored_by_design')!.message.en).toMatch(
      /IP Address, Email Address, First Name, Last Name, Custom Data 1/,
    );
  });

  it('numbers rows as a spreadsheet shows them: under two header rows the first data row is 3', async () => {
    expect((await run('surveymonkey.csv')).records[0]!.row).toBe(3);
    expect((await run('google-forms-uk.csv')).records[0]!.row).toBe(2);
  });

  it('takes the respondent id from the tool, or the row number with a notice', async () => {
    expect((await run('surveymonkey.csv')).records[0]!.respondent_id).toBe('11400000000');
    expect((await run('kobo.csv')).records[0]!.respondent_id).toBe('0b6e5a6c-0000-4000-8000-000000000000');
    const google = await run('google-forms-uk.csv');
    expect(google.records[0]!.respondent_id).toBe('row-2');
    expect(google.problems.map((p) => p.code)).toContain('respondent_id_from_row');
  });

  it('says why a LimeSurvey export by question code is refused, and how to export it again', () => {
    const csv = [
      '"id";"submitdate";"lastpage";"startlanguage";"seed";"G01Q01";"G01Q02";"G01Q03";"G01Q04[SQ001]";"G01Q04[SQ002]";"G01Q04[other]"',
      '"1";"2026-03-01 10:10:00";"3";"uk";"123";"Бучанська міська громада";"Київська область";"A1";"Y";"";""',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'lime-codes.csv', project);
    expect(r.ok).toBe(false);
    const hint = r.problems.find((p) => p.code === 'limesurvey_codes')!;
    expect(hint).toMatchObject({ severity: 'error', row: null });
    expect(hint.message.uk).toContain('коди питань LimeSurvey (G01Q01, G01Q02, G01Q03, G01Q04[SQ001], … — усього 6)');
    expect(hint.message.en).toContain('"Question: Full question text"');
    // An export by question text is read as before, with no such hint.
    const full = runPipeline(readFileSync('tests/fixtures/exports/limesurvey.csv'), 'lime.csv', project);
    expect(full.ok).toBe(true);
    expect(full.problems.some((p) => p.code === 'limesurvey_codes')).toBe(false);
  });

  it('counts a LimeSurvey response with an empty "Date submitted" (never sent to the end), and says so', () => {
    const lines = readFileSync('tests/fixtures/exports/limesurvey.csv', 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"2026-03-01 10:11:00"', '""');
    const r = runPipeline(Buffer.from(lines.join('\n')), 'lime.csv', project);
    const full = runPipeline(readFileSync('tests/fixtures/exports/limesurvey.csv'), 'lime.csv', project);
    expect(r.rowsValid).toBe(full.rowsValid);
    const notice = r.problems.filter((p) => p.code === 'unsubmitted_response');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ severity: 'notice', column: 'Date submitted' });
    expect(notice[0]!.message.uk).toContain('(рядок 3)');
    expect(full.problems.some((p) => p.code === 'unsubmitted_response')).toBe(false);
  });

  it('reads coordinates from a Kobo geopoint', async () => {
    expect((await run('kobo.csv')).records[0]).toMatchObject({ lat: 50.55, lon: 30.21 });
  });

  it('matches columns by label, alias, Kobo path and "question [option]"', async () => {
    const lime = await run('limesurvey.csv');
    const t = (r: PipelineResult, header: string) => r.columns.find((c) => c.header === header)?.target;
    expect(t(lime, 'Які напрями розвитку «розумної громади» є пріоритетними? [Освіта]')).toEqual({
      kind: 'option',
      question: 'priority_areas',
      code: 'education',
    });
    const kobo = await run('kobo.csv');
    expect(t(kobo, 'grp_general/oblast')).toEqual({ kind: 'field', id: 'oblast' });
    // the 0/1 columns are read (issue #23); the select_multiple column is only checked against them
    expect(t(kobo, 'grp_smart/priority_areas')).toEqual({ kind: 'summary', question: 'priority_areas' });
    expect(t(kobo, 'grp_smart/priority_areas/transport')).toEqual({
      kind: 'option',
      question: 'priority_areas',
      code: 'transport',
    });
    const google = await run('google-forms-uk.csv');
    expect(t(google, 'Кількість населення громади (осіб)')).toEqual({ kind: 'field', id: 'population' });
  });
});
