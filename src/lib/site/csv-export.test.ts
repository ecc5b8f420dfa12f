import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { oblastsCsv, toCsv } from './csv-export.ts';
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
  it('gives possible ranks, the communities total, and the top direction with its share and tie flag', () => {
    const data = readSiteData(fileURLToPath(new URL('../../../tests/fixtures/generated/', import.meta.url)));
    const [header, ...lines] = oblastsCsv(data.oblasts, data.codebook, ['top_priority']).trim().split('\r\n');
    expect(header).toBe(
      'iso,name_uk,name_en,status,respondents,communities_total,rank,rank_best,rank_worst,top_priority,top_priority_share,top_priority_ci_low,top_priority_ci_high,top_priority_near_tie',
    );
    const vinnytsia = lines.find((l) => l.startsWith('UA-05,'))!.split(',');
    const o = data.oblasts.find((x) => x.iso === 'UA-05')!;
    expect(vinnytsia.slice(5)).toEqual([
      '63',
      String(o.rank),
      String(o.rank_range![0]),
      String(o.rank_range![1]),
      'e_governance',
      '0.25',
      String(o.metrics.top_priority!.ci![0]),
      String(o.metrics.top_priority!.ci![1]),
      'yes',
    ]);
    expect(lines.find((l) => l.startsWith('UA-40,'))).toBe(
      'UA-40,місто Севастополь,Sevastopol city,no_data,0,,,,,,,,,',
    );
  });
});
