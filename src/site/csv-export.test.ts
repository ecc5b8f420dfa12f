import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { jsonFile, oblastsCsv } from './csv-export.ts';
import { readSiteData } from './data.ts';

describe('oblastsCsv', () => {
  const data = readSiteData(fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url)));
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

  it('gives possible ranks, the communities total, and the top direction with its share, interval and tie flag', () => {
    expect(header).toContain('communities_total');
    const at = header.indexOf('smart_readiness_index_rank');
    expect(header.slice(at, at + 3)).toEqual([
      'smart_readiness_index_rank',
      'smart_readiness_index_rank_best',
      'smart_readiness_index_rank_worst',
    ]);
    const top = header.indexOf('top_priority_code');
    expect(header.slice(top, top + 5)).toEqual([
      'top_priority_code',
      'top_priority_share_percent',
      'top_priority_share_percent_ci95_low',
      'top_priority_share_percent_ci95_high',
      'top_priority_near_tie',
    ]);
    const o = data.oblasts.find((x) => x.iso === 'UA-05')!;
    const row = parsed.data.find((r) => r.iso === 'UA-05')!;
    const pct = (x: number) => String(Math.round(x * 1000) / 10);
    expect(row.communities_total).toBe('63');
    expect(row.smart_readiness_index_rank).toBe(String(o.rank));
    expect(row.smart_readiness_index_rank_best).toBe(String(o.rank_range![0]));
    expect(row.smart_readiness_index_rank_worst).toBe(String(o.rank_range![1]));
    expect(row.top_priority_code).toBe('e_governance');
    expect(row.top_priority_share_percent).toBe('25');
    expect(row.top_priority_share_percent_ci95_low).toBe(pct(o.metrics.top_priority!.ci![0]));
    expect(row.top_priority_share_percent_ci95_high).toBe(pct(o.metrics.top_priority!.ci![1]));
    expect(row.top_priority_near_tie).toBe('yes');
    const sevastopol = parsed.data.find((r) => r.iso === 'UA-40')!;
    expect(sevastopol.status).toBe('no_data');
    expect(sevastopol.communities_total).toBe('');
    expect(sevastopol.smart_readiness_index_rank_best).toBe('');
    expect(sevastopol.top_priority_near_tie).toBe('');
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
