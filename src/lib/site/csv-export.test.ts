import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { jsonFile, oblastsCsv, toCsv } from './csv-export.ts';
import { readSiteData } from './data.ts';

describe('toCsv', () => {
  it('quotes delimiters, quotes and line breaks, leaves missing values empty', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          ['x,y', 'say "hi"', null],
          ['line\nbreak', 1.5, 0],
        ],
      ),
    ).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n"line\nbreak",1.5,0\r\n');
  });

  it('neutralises spreadsheet formulas in text but not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', -1]])).toBe('a,b\r\n"\'=HYPERLINK(""x"")",-1\r\n');
  });
});

describe('oblastsCsv', () => {
  const data = readSiteData(fileURLToPath(new URL('../../../tests/fixtures/generated/', import.meta.url)));
  const illustrative = { ...data.dataset, illustrative: true };
  const text = oblastsCsv(data.oblasts, data.codebook, illustrative);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields!;

  it('starts with a UTF-8 BOM and has each column once, none empty in every row', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(header.filter((h) => h === 'respondents')).toHaveLength(1);
    expect(new Set(header).size).toBe(header.length);
    for (const h of header)
      expect(
        parsed.data.some((r) => r[h] !== ''),
        h,
      ).toBe(true);
  });

  it('names the rank after the index it ranks and writes shares as percent', () => {
    expect(header).not.toContain('rank');
    expect(header).toContain('smart_readiness_index_rank');
    expect(header).toContain('strategy_adopted_percent');
    expect(header).toContain('top_priority_uk');
    const vinnytsia = parsed.data.find((r) => r.iso === 'UA-05')!;
    const share = data.oblasts.find((o) => o.iso === 'UA-05')!.metrics.strategy_adopted!.value as number;
    expect(vinnytsia.strategy_adopted_percent).toBe(String(Math.round(share * 1000) / 10));
  });

  it('says on every row that the data are illustrative, and nothing once they are real', () => {
    for (const r of parsed.data) expect(r.data_notice).toContain('Illustrative data');
    expect(oblastsCsv(data.oblasts, data.codebook, { ...data.dataset, illustrative: false })).not.toContain(
      'data_notice',
    );
  });
});

describe('jsonFile', () => {
  it('puts whether the data are illustrative first, the data under "data"', () => {
    const dataset = { illustrative: true, illustrative_notice: { uk: 'вигадані', en: 'made up' } };
    expect(JSON.parse(jsonFile([1], dataset))).toEqual({
      illustrative: true,
      notice: 'Ілюстративні дані: вигадані / Illustrative data: made up',
      data: [1],
    });
    expect(JSON.parse(jsonFile([1], { ...dataset, illustrative: false }))).toEqual({ illustrative: false, data: [1] });
  });
});
