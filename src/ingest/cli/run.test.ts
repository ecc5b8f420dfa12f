// The CLI end to end, in-process (runDataCli with the real file system): exit codes,
// output files, and that a bad export never overwrites the last good JSON.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../tests/support/data-cli.ts';

const out = mkdtempSync(join(tmpdir(), 'data-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = (name: string) => join('tests', 'fixtures', 'csv', name);

const cli = (...args: string[]) => runCli(args);

describe('runDataCli (npm run data)', () => {
  it('writes the four JSON files, and a failing run leaves them untouched', async () => {
    const good = await cli('--input', fixture('valid.csv'), '--out', out);
    expect(good.code).toBe(0);
    expect(good.stderr).toContain('рядків прочитано 8 = 8 прийнято + 0 відхилено');
    expect(readdirSync(out).sort()).toEqual(['communities.json', 'meta.json', 'national.json', 'oblasts.json']);
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({
      input: 'valid.csv',
      rows_read: 8,
      rows_valid: 8,
      rows_rejected: 0,
      min_respondents: 3,
    });
    expect(JSON.parse(readFileSync(join(out, 'oblasts.json'), 'utf8'))).toHaveLength(27);
    const before = readFileSync(join(out, 'national.json'), 'utf8');

    const bad = await cli('--input', fixture('bad-rows.csv'), '--out', out, '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'tests/fixtures/csv/bad-rows.csv:3 column "oblast": "Кивїська" — "Кивїська" names none of the 27 oblast-level units; did you mean "Kyiv Oblast" (Київська область)?',
    );
    expect(bad.stderr).toContain('rows read 4 = 1 used + 3 rejected');
    expect(readFileSync(join(out, 'national.json'), 'utf8')).toBe(before);
  });

  it('--help and -h say what every option does, Ukrainian first, and exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await cli(flag);
      expect(r.code).toBe(0);
      for (const option of [
        '--input',
        '--check',
        '--json',
        '--lang',
        '--map',
        '--sheet',
        '--encoding',
        '--min-respondents',
        '--other',
      ])
        expect(r.stdout).toMatch(new RegExp(`^  ${option} .*[а-яі]`, 'm'));
    }
    expect((await cli('-h', '--lang', 'en')).stdout).toContain('only check the export; write nothing');
  });

  it('a community that submitted twice is counted once, with a notice and the skipped row in the totals line (issue #23)', async () => {
    const r = await cli(
      '--input',
      join('tests', 'fixtures', 'duplicates', 'google-forms-resubmitted.csv'),
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('зауваження: стовпець «Назва громади»');
    expect(r.stderr).toContain('(рядки 2, 4) — враховано найпізнішу, рядок 4');
    expect(r.stderr).toContain('рядків прочитано 4 = 3 прийнято + 1 пропущено + 0 відхилено');
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ rows_read: 4, rows_valid: 3, rows_skipped: 1, duplicates_resolved: 1 });
    expect(meta.notices.map((n: { code: string }) => n.code)).toContain('duplicate_resolved');
  });

  it('--check --json prints exactly one JSON object with the same keys, file read or not, and exits 0 / 1', async () => {
    const ok = await cli('--check', fixture('extra-column.csv'), '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, rows_read: 8, rows_valid: 8, rows_rejected: 0 });
    const keys = Object.keys(JSON.parse(ok.stdout));
    const empty = await cli('--check', fixture('empty.csv'), '--json');
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toEqual({
      ok: false,
      shape: null,
      rows_read: 0,
      rows_valid: 0,
      rows_rejected: 0,
      rows_skipped: 0,
      duplicates_resolved: 0,
      columns: [],
      problems: [
        {
          row: null,
          column: null,
          value: null,
          code: 'empty_file',
          message: `${fixture('empty.csv')}: файл порожній`,
          severity: 'error',
        },
      ],
    });
    expect(Object.keys(JSON.parse(empty.stdout))).toEqual(keys);
    const en = await cli('--check', fixture('empty.csv'), '--json', '--lang', 'en');
    expect(JSON.parse(en.stdout).problems[0]).toMatchObject({
      code: 'empty_file',
      message: `${fixture('empty.csv')}: file is empty`,
    });
  });

  it.each([
    [['--bogus']],
    [['--check']],
    [['--check', fixture('valid.csv'), '--encoding', 'klingon']],
    [['--input', fixture('valid.csv')]],
  ])('usage errors exit 2: %j', async (args) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('використання:');
  });

  it('gives bad input a one-line reason and no stack trace', async () => {
    const r = await cli('--check', fixture('binary-garbage.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('says why nothing was written when a SurveyMonkey file has its first header row only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-header-only-'));
    const file = join(dir, 'sm.csv');
    writeFileSync(file, readFileSync('tests/fixtures/exports/surveymonkey.csv', 'utf8').split('\n')[0] + '\n');
    const r = await cli('--check', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('у файлі є заголовок, але немає рядків з даними');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the detected shape and a line per column, in Ukrainian by default and English with --lang en', async () => {
    const uk = await cli('--check', 'tests/fixtures/exports/surveymonkey.xlsx');
    expect(uk.code).toBe(0);
    expect(uk.stderr).toContain('формат: SurveyMonkey');
    expect(uk.stderr).toContain('  «Назва громади» → community (синонім)');
    expect(uk.stderr).toContain('  «Respondent ID» → respondent_id (назва)');
    expect(uk.stderr.match(/пропущено навмисно/g)).toHaveLength(1);
    expect(uk.stderr).toContain('файл придатний: «tests/fixtures/exports/surveymonkey.xlsx» (xlsx)');
    const en = await cli('--check', 'tests/fixtures/exports/kobo.csv', '--lang', 'en');
    expect(en.stderr).toContain('shape: KoboToolbox / ODK');
    expect(en.stderr).toContain('  "grp_general/oblast" → oblast (id)');
    // Every shape's name is the catalogue's, in the run's language.
    const ours = await cli('--check', 'data/survey/illustrative-export.csv');
    expect(ours.stderr).toContain('формат: наш формат (ідентифікатори колонок з кодової книги)');
  });

  it('writes "Other" free text to a private file only, never beside the published JSON', async () => {
    const other = join(out, 'private', 'other.csv');
    const r = await cli(
      '--input',
      'tests/fixtures/exports/google-forms-uk.csv',
      '--out',
      join(out, 'gf'),
      '--other',
      other,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(other, 'utf8')).toContain('"Велодоріжки, парковки"');
    const published = readdirSync(join(out, 'gf'))
      .map((f) => readFileSync(join(out, 'gf', f), 'utf8'))
      .join('\n');
    expect(published).not.toMatch(/Велодоріжки|Генератори|@example\.org/);
  });

  it('a run into another --out keeps its "Other" file beside that folder, not in the project', async () => {
    const target = join(out, 'elsewhere');
    const r = await cli('--input', 'tests/fixtures/exports/google-forms-uk.csv', '--out', target);
    expect(r.code).toBe(0);
    expect(readFileSync(`${target}.other-answers.csv`, 'utf8')).toContain('"Велодоріжки, парковки"');
    expect(r.stderr).toContain('elsewhere.other-answers.csv');
  });

  it('says an unknown option in Ukrainian by default, and a multi-line schema error line by line', async () => {
    const r = await cli('--chek', 'x.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('невідомий параметр «--chek»');
    expect(r.stderr).not.toContain('Unknown option');
    const map = join(out, 'map-lines.json');
    writeFileSync(map, JSON.stringify({ colums: {} }));
    const typo = await cli('--check', 'tests/fixtures/exports/google-forms-uk.csv', '--map', map);
    expect(typo.stderr).toMatch(/файл не відповідає схемі \(1\):\n {2}\S/);
    expect(typo.stderr).not.toContain('\\n');
  });

  it.each([
    [['--check'], '--check: потрібне значення', '--check needs a value'],
    [['--check', '--json'], '--check: потрібне значення', '--check needs a value'],
    [['--json=yes', '--check', 'x.csv'], '--json — перемикач', '--json is a switch'],
    [['export.csv'], 'зайвий аргумент «export.csv»', 'unexpected argument "export.csv"'],
  ])('words every argument mistake node reports in Ukrainian, or English with --lang en: %j', async (args, uk, en) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(uk);
    expect(r.stderr).not.toMatch(/Option '|Unexpected argument|ambiguous/);
    const english = await cli(...args, '--lang', 'en');
    expect(english.stderr).toContain(en);
  });

  it('--json gives every problem a stable code and the text in the chosen language', async () => {
    const r = await cli('--check', fixture('bad-rows.csv'), '--json', '--lang', 'en');
    const problems = JSON.parse(r.stdout).problems as { code: string; message: string; row: number | null }[];
    expect(problems.find((p) => p.row === 3 && p.code === 'unknown_oblast')!.message).toMatch(
      /did you mean "Kyiv Oblast" \(Київська область\)/,
    );
    expect(problems.every((p) => /^[a-z0-9_]+$/.test(p.code))).toBe(true);
  });

  it('reads a mapping file given with --map, and refuses one with a typo naming its path', async () => {
    const map = join(out, 'map.json');
    writeFileSync(map, JSON.stringify({ columns: { 'Назва вашої громади': 'ignore' } }));
    const r = await cli('--check', 'tests/fixtures/exports/google-forms-uk.csv', '--map', map);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("немає обов'язкового стовпця «Громада»");
    writeFileSync(map, JSON.stringify({ colums: {} }));
    const typo = await cli('--check', 'tests/fixtures/exports/google-forms-uk.csv', '--map', map);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(`${map}: файл не відповідає схемі`);
    expect(typo.stderr).toContain('colums');
  });

  it('--sheet names an .xlsx sheet; a missing one is a one-line reason', async () => {
    expect((await cli('--check', 'tests/fixtures/exports/contract.xlsx', '--sheet', 'Відповіді')).code).toBe(0);
    const r = await cli('--check', 'tests/fixtures/exports/contract.xlsx', '--sheet', 'Лист2');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('у книзі немає аркуша «Лист2»');
  });
});
