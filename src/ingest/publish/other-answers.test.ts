// The private "Other" answers file: verbatim text, but never a live spreadsheet formula.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../tests/support/data-cli.ts';
import { loadProjectData } from '../project.ts';
import { otherAnswersCsv } from './other-answers.ts';

const work = mkdtempSync(join(tmpdir(), 'other-answers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const { codebook } = loadProjectData(process.cwd());

describe('otherAnswersCsv', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises an answer starting with %j', (start) => {
    const text = `${start}cmd|' /C calc'!A0`;
    const csv = otherAnswersCsv([{ row: 2, question: 'priority_areas', text }], codebook);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[0]).toEqual(['row', 'question', 'question_uk', 'text']);
    expect(rows[1]![3]).toBe(`'${text}`);
  });

  it('starts with a BOM and keeps plain text as it is', () => {
    const csv = otherAnswersCsv([{ row: 7, question: 'priority_areas', text: 'Велодоріжки, парковки' }], codebook);
    expect(csv.startsWith('\uFEFFrow,question,question_uk,text\r\n7,priority_areas,')).toBe(true);
    expect(csv.endsWith(',"Велодоріжки, парковки"\r\n')).toBe(true);
  });

  it('a =HYPERLINK(…) in a multi-answer cell of a contract-shaped export reaches the private CSV as text', async () => {
    const other = join(work, 'other.csv');
    const r = await runCli([
      '--input',
      'tests/fixtures/cli/other-answer-formula.csv',
      '--out',
      join(work, 'generated'),
      '--other',
      other,
    ]);
    expect(r.code).toBe(0);
    const csv = readFileSync(other, 'utf8');
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.org"",""click"")"\r\n`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
