// Column matching on small exports written inline: normalisation, key words, the mapping
// file, "did you mean", option columns and the notices a data team sees.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.ts';
import { formatProblem } from '../report.ts';
import { project } from '../../../tests/support/survey.ts';
import type { ImportMap } from '../../contract/types.ts';
import { headerKey } from './header-key.ts';

const ANSWERS = ['затверджена', 'Освіта', 'Фінансування', '', '', 'так'];
const QUESTIONS = ['Смарт-стратегія', 'Пріоритетні напрями', 'Потреби', 'Перші кроки', 'Впроваджені рішення', 'Є CDTO'];
const csv = (rows: string[][]) =>
  new TextEncoder().encode(
    rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n'),
  );
const run = (rows: string[][], map: ImportMap | null = null) => runPipeline(csv(rows), 'x.csv', { ...project, map });
const target = (r: ReturnType<typeof run>, header: string) => r.columns.find((c) => c.header === header)?.target;

describe('headerKey', () => {
  it.each([
    ['3. Назва громади:', 'назва громади'],
    ['«Назва» громади *', 'назва громади'],
    ['  Q12) Population? ', 'population'],
    ['Назва громади ?', 'назва громади'],
    ['\uFEFFСмарт-стратегія', 'смарт стратегія'],
  ])('%j → %j', (raw, key) => expect(headerKey(raw)).toBe(key));
});

describe('column matching', () => {
  it('matches numbered, quoted, punctuated wordings and key words when exactly one field fits', () => {
    const r = run([
      ['1. Назва громади:', '2. «Область»?', 'Скільки мешканців у громаді', ...QUESTIONS],
      ['Бучанська', 'Київська область', '12 000', ...ANSWERS],
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(target(r, '1. Назва громади:')).toEqual({ kind: 'field', id: 'community' });
    expect(target(r, '2. «Область»?')).toEqual({ kind: 'field', id: 'oblast' });
    expect(r.columns.find((c) => c.header === 'Скільки мешканців у громаді')).toMatchObject({
      target: { kind: 'field', id: 'population' },
      how: 'keyword',
    });
    expect(r.records[0]).toMatchObject({
      community: 'Бучанська',
      oblast: 'UA-32',
      population: 12000,
      respondent_id: 'row-2',
    });
  });

  it('says so when a header fits two fields by key words, and points to the mapping file', () => {
    const r = run([
      ['Громада', 'Область', 'Населення та область проживання', ...QUESTIONS],
      ['Бучанська', 'Київська область', '12', ...ANSWERS],
    ]);
    const notice = r.problems.find((p) => p.code === 'ambiguous_column')!;
    expect(notice.column).toBe('Населення та область проживання');
    expect(notice.message.uk).toContain('oblast');
    expect(notice.message.uk).toContain('population');
    expect(notice.message.uk).toContain('data/import.json');
  });

  it('names the closest header for a missing required column', () => {
    const r = run([
      ['Громада', 'Обласгь', ...QUESTIONS],
      ['Бучанська', 'Київська область', ...ANSWERS],
    ]);
    expect(r.ok).toBe(false);
    const missing = r.problems.find((p) => p.code === 'missing_column')!;
    expect(formatProblem(missing, 'uk')).toBe(
      "x.csv: стовпець «oblast»: немає обов'язкового стовпця «Область» (можливо, «Обласгь»?)",
    );
    expect(missing.message.en).toContain('(did you mean "Обласгь"?)');
  });

  it('follows the mapping file over detection, for columns and options', () => {
    const rows = [
      ['Q1', 'Q2', 'Q3[SQ001]', 'Q3[SQ002]', 'Q4', ...QUESTIONS.filter((q) => q !== 'Пріоритетні напрями')],
      ['Бучанська', 'Київська область', 'Y', '', 'нотатка', 'затверджена', 'Фінансування', '', '', 'так'],
    ];
    const map: ImportMap = {
      columns: {
        Q1: 'community',
        Q2: 'oblast',
        'Q3[SQ001]': 'priority_areas/transport',
        'Q3[SQ002]': 'priority_areas/education',
        Q4: 'ignore',
      },
    };
    const r = run(rows, map);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.records[0]!.answers.priority_areas).toEqual(['transport']);
    expect(target(r, 'Q4')).toEqual({ kind: 'ignored', why: 'map' });
    const bad = run(rows, { columns: { Q1: 'communty' } });
    expect(bad.problems.find((p) => p.code === 'map_unknown_target')!.message.en).toContain('"communty"');
  });

  it('reports an unexpected mark in a column for one option, naming that column', () => {
    const r = run([
      [
        'Громада',
        'Область',
        'Пріоритетні напрями [Освіта]',
        'Пріоритетні напрями [Туризм]',
        ...QUESTIONS.filter((q) => q !== 'Пріоритетні напрями'),
      ],
      ['Бучанська', 'Київська область', 'Так', 'може', 'затверджена', 'Фінансування', '', '', 'так'],
    ]);
    expect(r.ok).toBe(false);
    expect(r.problems.find((p) => p.code === 'option_marker')).toMatchObject({
      row: 2,
      column: 'Пріоритетні напрями [Туризм]',
      value: 'може',
    });
  });

  it('notices "?" between Cyrillic letters in a Windows-1251 file, naming the cells', () => {
    const text = ['Громада,Область,' + QUESTIONS.join(','), `Лук?янівська,Київська область,${ANSWERS.join(',')}`].join(
      '\r\n',
    );
    const table = new TextDecoder('windows-1251');
    const bytes: number[] = [];
    const codes = new Map<string, number>();
    for (let b = 0x80; b <= 0xff; b++) codes.set(table.decode(new Uint8Array([b])), b);
    for (const ch of text) bytes.push(ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : codes.get(ch)!);
    const r = runPipeline(Uint8Array.from(bytes), 'x.csv', project);
    expect(r.encoding).toBe('windows-1251');
    expect(r.problems.find((p) => p.code === 'cp1251_question_mark')!.message.uk).toContain('2:Громада');
  });

  it('keeps "other" free text out of every record and aggregate', () => {
    const r = run([
      ['Громада', 'Область', ...QUESTIONS],
      [
        'Бучанська',
        'Київська область',
        'затверджена',
        'Освіта, Приватна ініціатива пана Іваненка',
        'Фінансування',
        '',
        '',
        'так',
      ],
    ]);
    expect(r.ok).toBe(true);
    expect(r.other).toEqual([{ row: 2, question: 'priority_areas', text: 'Приватна ініціатива пана Іваненка' }]);
    expect(JSON.stringify([r.records, r.aggregates])).not.toContain('Іваненка');
  });
});

describe('an option column moved away from its question (SurveyMonkey, two header rows)', () => {
  it('is named: its answers are not counted, and the notice says whose option it is', async () => {
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync('tests/fixtures/exports/surveymonkey.csv', 'utf8').split(/\r?\n/);
    const split = (l: string) => l.split(',');
    const rows = lines.filter((l) => l.length > 0).map(split);
    // Move the «Освіта» option column to just after «Область».
    const from = rows[1]!.indexOf('Освіта');
    const to = rows[0]!.findIndex((h) => h.includes('Область')) + 1;
    const moved = rows.map((r) => {
      const c = [...r];
      const [cell] = c.splice(from, 1);
      c.splice(to, 0, cell!);
      return c.join(',');
    });
    const r = runPipeline(Buffer.from(moved.join('\n')), 'sm.csv', project);
    const notice = r.problems.find((p) => p.code === 'stray_option_column');
    expect(notice).toMatchObject({ severity: 'notice' });
    expect(notice!.message.uk).toContain('«Освіта» — варіант запитання');
    expect(notice!.message.uk).toContain('НЕ враховано');
  });
});
