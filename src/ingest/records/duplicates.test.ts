import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineOptions } from '../pipeline.ts';
import { formatProblem, formatRowCounts } from '../report.ts';
import { project } from '../../../tests/support/survey.ts';
import { communityIdentity } from './duplicates.ts';
import { parseSubmittedAt, slashOrder } from './submitted-at.ts';

const bytes = (name: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', 'duplicates', name));
const run = (name: string, extra: Partial<PipelineOptions> = {}) =>
  runPipeline(bytes(name), `data/${name}`, { ...project, ...extra });
const coded = (r: ReturnType<typeof run>, code: string) => r.problems.filter((p) => p.code === code);

describe('a community that submitted more than once', () => {
  it('keeps the latest Google Forms submission and says so, naming both rows (the reported case)', () => {
    const r = run('google-forms-resubmitted.csv');
    expect(r).toMatchObject({ ok: true, rowsRead: 4, rowsValid: 3, rowsSkipped: 1, rowsRejected: 0 });
    expect(r.duplicatesResolved).toBe(1);
    // Counted by hand: Славутська once (row 4: затверджена), Бучанська затверджена, Ірпінська планується.
    expect(r.records.map((x) => x.row)).toEqual([3, 4, 5]);
    expect(r.records.find((x) => x.row === 4)!.answers.smart_strategy).toEqual(['adopted']);
    expect(r.aggregates!.national.respondents).toBe(3);
    const [notice] = coded(r, 'duplicate_resolved');
    expect(notice).toMatchObject({ row: 4, severity: 'notice', column: 'Назва громади' });
    expect(formatProblem(notice!, 'uk')).toContain('рядки 2, 4');
    expect(formatProblem(notice!, 'uk')).toContain('найпізнішу, рядок 4');
    expect(formatProblem(notice!, 'en')).toContain('the latest, row 4 (by column "Позначка часу")');
    expect(formatRowCounts(r.rowsRead, r.rowsValid, r.rowsRejected, 'uk', r.rowsSkipped)).toBe(
      'рядків прочитано 4 = 3 прийнято + 1 пропущено + 0 відхилено',
    );
  });

  it('keeps the first when the dataset says keep-first', () => {
    const r = run('google-forms-resubmitted.csv', { duplicates: 'keep-first' });
    expect(r.ok).toBe(true);
    expect(r.records.map((x) => x.row)).toEqual([2, 3, 5]);
    expect(r.records[0]!.answers.smart_strategy).toEqual(['in_progress']);
    expect(coded(r, 'duplicate_resolved')[0]!.message.en).toContain('the first, row 2');
  });

  it('refuses every row of the community when the dataset says refuse', () => {
    const r = run('google-forms-resubmitted.csv', { duplicates: 'refuse' });
    expect(r).toMatchObject({ ok: false, aggregates: null, rowsRead: 4, rowsValid: 2, rowsRejected: 2 });
    const [error] = coded(r, 'duplicate_submission');
    expect(error).toMatchObject({ row: 2, severity: 'error' });
    expect(error!.message.uk).toContain('рядки 2, 4');
  });

  it('refuses when there is no submission time to pick the latest by, naming the rows', () => {
    const r = run('no-timestamp-repeat.csv');
    expect(r).toMatchObject({ ok: false, aggregates: null, rowsRead: 3, rowsValid: 1, rowsRejected: 2 });
    const [error] = coded(r, 'duplicate_submission');
    expect(error!.message.uk).toContain('рядки 2, 4');
    expect(error!.message.en).toContain('keep-first');
    // keep-first needs no time: file order decides.
    const first = run('no-timestamp-repeat.csv', { duplicates: 'keep-first' });
    expect(first.records.map((x) => x.row)).toEqual([2, 3]);
  });

  it('reads ISO times (KoboToolbox _submission_time) and tells the same name in two oblasts apart', () => {
    const r = run('kobo-iso-repeat.csv');
    expect(r).toMatchObject({ ok: true, rowsValid: 2, rowsSkipped: 1, duplicatesResolved: 1 });
    // Row 4 was submitted at 09:00, before row 2 (10:14): row 2 is the latest of the Khmelnytskyi pair.
    expect(r.records.map((x) => x.row)).toEqual([2, 3]);
  });

  it('reads a spreadsheet date serial in the time column ("General" format) and keeps the later submission', () => {
    const csv = [
      'Позначка часу,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '45361.5,Бучанська,Київська,затверджена,Освіта',
      '45361.4166666667,Бучанська,Київська,відсутня,Освіта',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/serial-time.csv', project);
    // By hand: 45361.5 = 2024-03-10 12:00, .4166… = 10:00 — row 2 is the latest.
    expect(r).toMatchObject({ ok: true, rowsValid: 1, rowsSkipped: 1, duplicatesResolved: 1 });
    expect(r.records.map((x) => x.row)).toEqual([2]);
  });

  it('names the rows whose submission time cannot be read, with what they hold', () => {
    const csv = [
      'Позначка часу,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '2024-03-09 10:00:00,Бучанська,Київська,затверджена,Освіта',
      ',Ірпінська,Київська,відсутня,Освіта',
      'вчора,Бучанська,Київська,відсутня,Освіта',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/bad-time.csv', project);
    expect(r).toMatchObject({ ok: false, rowsRead: 3, rowsValid: 1, rowsRejected: 2 });
    const [error] = coded(r, 'duplicate_submission');
    expect(error!.message.uk).toContain('рядки 2, 4');
    expect(error!.message.uk).toContain('рядок 4: «вчора»');
    expect(error!.message.en).toContain('row 4: "вчора"');
    expect(error!.message.uk).not.toContain('рядок 2:');
  });

  it('says so when the submissions share the same time (a double click on "Submit")', () => {
    const csv = [
      'Позначка часу,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '2024-03-09 10:00:00,Бучанська,Київська,затверджена,Освіта',
      '2024-03-09 10:00:00,Бучанська,Київська,відсутня,Освіта',
      '2024-03-09 09:00:00,Ірпінська,Київська,відсутня,Освіта',
      '2024-03-09 11:00:00,Ірпінська,Київська,затверджена,Освіта',
    ].join('\n');
    const latest = runPipeline(Buffer.from(csv), 'data/tie.csv', project);
    expect(latest.records.map((x) => x.row)).toEqual([3, 5]);
    const [tie, clear] = coded(latest, 'duplicate_resolved');
    expect(tie!.message.uk).toContain('найпізніший час однаковий у кількох рядках');
    expect(tie!.message.en).toContain('several rows share the latest time');
    expect(clear!.message.uk).not.toContain('однаковий');
    const first = runPipeline(Buffer.from(csv), 'data/tie.csv', { ...project, duplicates: 'keep-first' });
    expect(first.records.map((x) => x.row)).toEqual([2, 4]);
    expect(coded(first, 'duplicate_resolved')[0]!.message.uk).toContain('найраніший час однаковий');
  });

  it('keeps the submitted response over one never sent to the end (an empty LimeSurvey submitdate)', () => {
    const csv = [
      'submitdate,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '2024-03-09 10:00:00,Бучанська,Київська,затверджена,Освіта',
      ',Бучанська,Київська,відсутня,Освіта',
      ',Ірпінська,Київська,,',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/lime.csv', project);
    // By hand: Бучанська once (row 2); Ірпінська never sent and lacking answers: left out, no error.
    expect(r).toMatchObject({ ok: true, rowsRead: 3, rowsValid: 1, rowsSkipped: 2, rowsRejected: 0 });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.records.map((x) => x.row)).toEqual([2]);
    expect(coded(r, 'duplicate_resolved')[0]!.message.uk).toContain('рядок 3 без часу подання');
    const [open] = coded(r, 'unsubmitted_response');
    expect(open!.message.uk).toContain('(рядки 3–4)');
    expect(open!.message.uk).toContain('жодну з них не враховано');
  });

  it('keeps the submission sent last across the autumn clock change (3:10 EET after 3:40 EEST that night)', () => {
    const csv = [
      'Позначка часу,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '2026/10/25 3:40:00 AM EEST,Бучанська,Київська,відсутня,Освіта',
      '2026/10/25 3:10:00 AM EET,Бучанська,Київська,затверджена,Туризм',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/google.csv', project);
    // 3:40 EEST is 00:40 UTC, 3:10 EET is 01:10 UTC: row 3 was sent last.
    expect(r.records.map((x) => x.row)).toEqual([3]);
  });

  it("tells of an empty Google Forms timestamp as a row changed by hand, not as LimeSurvey's unsent response", () => {
    const csv = [
      'Позначка часу,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '2024-03-09 10:00:00,Бучанська,Київська,затверджена,Освіта',
      ',Ірпінська,Київська,відсутня,Освіта',
      ',Гостомельська,Київська,,',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/google.csv', project);
    // By hand: rows 2 and 3 counted; row 4 lacks its answers and nothing says it was left unsent: an error.
    expect(r).toMatchObject({ ok: false, rowsRead: 3, rowsRejected: 1 });
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.code])).toEqual([
      [4, 'required'],
      [4, 'required'],
    ]);
    const [empty] = coded(r, 'unsubmitted_response');
    expect(empty!.message.uk).toContain('(рядки 3–4) — опитувальник заповнює його сам');
    expect(empty!.message.uk).toContain('враховано ті, що пройшли перевірку (рядок 3)');
    expect(empty!.message.uk).not.toContain('LimeSurvey');
    expect(empty!.message.en).toContain('probably added or changed by hand');
  });

  it('tells of names that differ only by a KATOTTH code or a type word, without merging them', () => {
    const csv = [
      'Позначка часу,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Які напрями розвитку «розумної громади» є пріоритетними?',
      '2024-03-01 10:00,UA32080030000029085 Бучанська,Київська,затверджена,Освіта',
      '2024-03-02 10:00,Бучанська,Київська,відсутня,Освіта',
      '2024-03-02 11:00,Бучанська міська громада,Київська,відсутня,Туризм',
      '2024-03-02 12:00,Ірпінська,Київська,відсутня,Туризм',
      '2024-03-02 13:00,Бучанська,Житомирська,відсутня,Туризм',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/maybe.csv', project);
    // Not merged (the identity is the code, or the name as written), so every row counts...
    expect(r).toMatchObject({ ok: true, rowsValid: 5, duplicatesResolved: 0 });
    // ...but never silently: one notice names the three Kyiv-oblast rows.
    const notices = coded(r, 'possible_duplicate');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ row: 2, severity: 'notice', column: 'Назва громади' });
    expect(notices[0]!.message.uk).toContain('рядки 2, 3, 4');
    expect(notices[0]!.message.en).toContain('rows 2, 3, 4');
  });

  it('never keeps the "other" text of a submission it left out', () => {
    const r = run('google-forms-resubmitted.csv');
    expect(r.other.every((o) => r.records.some((x) => x.row === o.row))).toBe(true);
  });
});

describe('communityIdentity', () => {
  it('ignores case, spacing and the words saying what a community is, but not its oblast', () => {
    const id = (community: string, oblast = 'UA-68') => communityIdentity({ community, oblast });
    expect(id('Славутська міська громада')).toBe(id('  славутська  міська ТГ '));
    expect(id('Славутська міська громада')).not.toBe(id('Славутська сільська громада'));
    expect(id('Славутська міська громада')).not.toBe(id('Славутська міська громада', 'UA-18'));
    expect(id('UA68040170000035780 Славутська')).toBe(id('громада ua68040170000035780', 'UA-18'));
    // Abbreviations and the council's name (a data team's review found these counted twice).
    expect(id('Бучанська міська громада')).toBe(id('Бучанська МТГ'));
    expect(id('Бучанська міська громада')).toBe(id('Бучанська МОТГ'));
    expect(id('Бучанська міська громада')).toBe(id('Бучанська міська рада'));
    expect(id('Гостинська сільська громада')).toBe(id('Гостинська СОТГ'));
    // Quotation marks around the name or part of it (a data team's review found these counted twice).
    expect(id('Кременецька міська громада')).toBe(id('"«Кременецька» міська громада"'));
    expect(id('Кременецька міська громада')).toBe(id('„Кременецька“ МТГ'));
    // A word that is a property name of every JS object is just a word.
    expect(id('Constructor hromada')).toBe('UA-68|constructor');
    expect(id('hromada toString')).toBe('UA-68|tostring');
  });

  it('tells of «… СТГ» beside «… сільська громада»: СТГ may be сільська or селищна', () => {
    const csv = [
      'community,oblast,smart_strategy,priority_areas',
      'Бучанська СТГ,Київська,adopted,education',
      'Бучанська сільська громада,Київська,none,education',
      'Бучанська МТГ,Київська,none,education',
      'Бучанська міська громада,Київська,adopted,education',
    ].join('\n');
    const r = runPipeline(Buffer.from(csv), 'data/abbr.csv', { ...project, duplicates: 'keep-first' });
    // By hand: МТГ = міська громада (resolved, rows 4 and 5); СТГ and сільська told, not merged.
    expect(r.duplicatesResolved).toBe(1);
    expect(r.records.map((x) => x.row)).toEqual([2, 3, 4]);
    expect(coded(r, 'possible_duplicate')[0]!.message.uk).toContain('«Бучанська СТГ»');
  });
});

describe('parseSubmittedAt', () => {
  it.each([
    ['12.03.2020 15:47:12', Date.UTC(2020, 2, 12, 15, 47, 12)],
    ['2020-03-12T15:47:12.500Z', Date.UTC(2020, 2, 12, 15, 47, 12, 500)],
    ['2020-03-12T17:47:12+02:00', Date.UTC(2020, 2, 12, 15, 47, 12)],
    ['2020-03-12 15:47:12', Date.UTC(2020, 2, 12, 15, 47, 12)],
    ['3/12/2020 3:47:12 PM', Date.UTC(2020, 2, 12, 15, 47, 12)],
    ['3/12/2020 12:05:00 AM', Date.UTC(2020, 2, 12, 0, 5, 0)],
    ['2020/03/12 3:47:12 PM EET', Date.UTC(2020, 2, 12, 13, 47, 12)],
    // Ukraine's summer time, from the last Sunday of March: 4:10 EEST comes after 2:30 EET that night
    ['2026/03/29 2:30:00 AM EET', Date.UTC(2026, 2, 29, 0, 30)],
    ['2026/03/29 4:10:00 AM EEST', Date.UTC(2026, 2, 29, 1, 10)],
    ['2026/03/29 4:10:00 AM ABCD', Date.UTC(2026, 2, 29, 4, 10)],
    ['2020/03/12 3:47:12 PM GMT+2', Date.UTC(2020, 2, 12, 13, 47, 12)],
    // a spreadsheet's date serial (a "General"-format column): 45717 = 2025-03-01, .4375 = 10:30
    ['45717.4375', Date.UTC(2025, 2, 1, 10, 30)],
    ['45717,4375', Date.UTC(2025, 2, 1, 10, 30)],
    ['45717', Date.UTC(2025, 2, 1)],
    ['43902.6577777778', Date.UTC(2020, 2, 12, 15, 47, 12)],
  ])('%s', (text, ms) => expect(parseSubmittedAt(text)).toBe(ms));

  it('reads slashed dates day-first when one of them cannot be month-first', () => {
    expect(slashOrder(['3/12/2020 10:00', '13/03/2020 10:00'])).toBe('day-first');
    expect(parseSubmittedAt('3/12/2020 10:00', true)).toBe(Date.UTC(2020, 11, 3, 10));
    expect(parseSubmittedAt('вчора')).toBeNull();
    expect(parseSubmittedAt('31.13.2020')).toBeNull();
    // five digits outside 1970–2100 are no date serial
    expect(parseSubmittedAt('12345')).toBeNull();
    expect(parseSubmittedAt('99999.5')).toBeNull();
  });

  it('tells which way slashed dates read, or that nothing in the column says', () => {
    expect(slashOrder(['04/03/2020 10:00', '25/03/2020 10:00'])).toBe('day-first');
    expect(slashOrder(['04/03/2020 10:00', '03/25/2020 10:00'])).toBe('month-first');
    expect(slashOrder(['04/03/2020 10:00', '03/04/2020 09:00'])).toBe('unknown');
    expect(slashOrder(['2020-03-04 10:00'])).toBe('none');
    // a column that contradicts itself says nothing
    expect(slashOrder(['25/03/2024 10:00', '03/26/2024 10:00'])).toBe('unknown');
  });
});

describe('submissions whose dates read either way (04/03/2020)', () => {
  const csv = (a: string, b: string) =>
    Buffer.from(
      [
        'Timestamp,Назва громади,Область,Чи має громада стратегію розвитку «розумної громади»?,Пріоритетні напрями',
        `${a},Кременецька міська громада,Тернопільська область,планується,Освіта`,
        `${b},Кременецька міська громада,Тернопільська область,затверджена,Туризм`,
      ].join('\n'),
    );
  it('refuses the repeat when the two readings pick different submissions', () => {
    // 4 March vs 3 April (day first), or 3 April vs 4 March (month first): nothing says which
    const r = runPipeline(csv('04/03/2020 10:00:00', '03/04/2020 09:00:00'), 'data/uk-dates.csv', project);
    expect(r).toMatchObject({ ok: false, rowsRead: 2, rowsValid: 0, rowsRejected: 2 });
    const [error] = r.problems.filter((p) => p.code === 'duplicate_submission');
    expect(error!.message.uk).toContain('і як день/місяць, і як місяць/день');
    expect(error!.message.en).toContain('read as day/month and as month/day alike');
  });
  it('keeps the latest when both readings agree (one day, two times)', () => {
    const r = runPipeline(csv('04/03/2020 15:00:00', '04/03/2020 10:00:00'), 'data/uk-dates.csv', project);
    expect(r).toMatchObject({ ok: true, rowsValid: 1, duplicatesResolved: 1 });
    expect(r.records[0]!.row).toBe(2);
    expect(
      runPipeline(csv('04/03/2020 15:00:00', '04/03/2020 10:00:00'), 'x.csv', { ...project, duplicates: 'keep-first' })
        .records[0]!.row,
    ).toBe(3);
  });
});
