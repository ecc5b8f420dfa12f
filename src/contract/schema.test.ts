import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodebookSchema } from './codebook.ts';
import { DatasetSchema } from './dataset.ts';
import { ImportMapSchema } from './import-map.ts';
import { jsonSchemas } from './json-schema.ts';
import { ConfigError, checkJson, loadJson } from './load.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('configuration schemas', () => {
  it('accept the project files', () => {
    expect(() => loadJson('data/codebook.json', CodebookSchema)).not.toThrow();
    expect(() => loadJson('data/dataset.json', DatasetSchema)).not.toThrow();
  });

  it('name the file and the path of a typo, in both languages', () => {
    const codebook = read('data/codebook.json') as { questions: { options: Record<string, unknown>[] }[] };
    codebook.questions[1]!.options[2]!.lable = codebook.questions[1]!.options[2]!.label;
    delete codebook.questions[1]!.options[2]!.label;
    let error: unknown;
    try {
      checkJson('data/codebook.json', codebook, CodebookSchema);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { text } = error as ConfigError;
    expect(text.en).toContain('data/codebook.json: does not match its schema');
    expect(text.en).toContain('questions[1].options[2].label');
    expect(text.en).toContain('questions[1].options[2]');
    expect(text.uk).toContain('data/codebook.json: файл не відповідає схемі');
  });

  it("say what is wrong in Ukrainian first: zod's messages from its Ukrainian locale, ours in both languages", () => {
    const dataset = { ...(read('data/dataset.json') as object), duplicates: 'latest' };
    const text = (raw: unknown, schema: Parameters<typeof checkJson>[2]) => {
      try {
        checkJson('x.json', raw, schema);
      } catch (err) {
        return (err as ConfigError).text;
      }
      throw new Error('expected a ConfigError');
    };
    const d = text(dataset, DatasetSchema);
    expect(d.uk).toMatch(/duplicates: Неправильна опція: очікується одне з "keep-latest"\|"keep-first"\|"refuse"/);
    expect(d.en).toMatch(/duplicates: Invalid option: expected one of "keep-latest"/);
    const codebook = read('data/codebook.json') as { questions: { options: { code: string }[] }[] };
    codebook.questions[1]!.options = codebook.questions[1]!.options.filter((o) => o.code !== 'other');
    const c = text(codebook, CodebookSchema);
    expect(c.uk).toContain('questions[1].options: запитанню з "other": true потрібен варіант з кодом "other"');
    expect(c.en).toContain('questions[1].options: a question with "other": true needs an option with code "other"');
    expect(c.uk + c.en).not.toContain(String.fromCharCode(1));
  });

  it('require an "other" option where a question declares other answers', () => {
    const codebook = read('data/codebook.json') as { questions: { options: { code: string }[] }[] };
    codebook.questions[1]!.options = codebook.questions[1]!.options.filter((o) => o.code !== 'other');
    expect(() => checkJson('x.json', codebook, CodebookSchema)).toThrow(/questions\[1\]\.options: .*"other"/);
  });

  it('check the mapping file', () => {
    expect(checkJson('m.json', { columns: { 'Q3[SQ001]': 'priority_areas/transport' } }, ImportMapSchema)).toEqual({
      columns: { 'Q3[SQ001]': 'priority_areas/transport' },
    });
    expect(() => checkJson('m.json', { columns: { A: 'Priority Areas' } }, ImportMapSchema)).toThrow(/columns\.A/);
    expect(() => checkJson('m.json', { colums: {} }, ImportMapSchema)).toThrow(/colums/);
  });

  it('are published in data/schema/ exactly as generated (npm run schemas)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(`data/schema/${name}`, 'utf8'), name).toBe(text);
    }
  });
});
