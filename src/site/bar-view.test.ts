import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readSiteData } from './data.ts';
import { barChartView } from './bar-view.ts';
import { rankingView } from './ranking-view.ts';

const data = readSiteData(fileURLToPath(new URL('../../tests/fixtures/generated/', import.meta.url)));

describe('barChartView', () => {
  it('orders the answers by share, with the same numbers in the chart and the table', () => {
    const view = barChartView(data, { question: 'needs', sort: 'share' }, 'uk');
    expect(view.id).toBe('bar-needs');
    expect(view.subtitle).toMatch(/\(відповіли: 274 з 274\)$/);
    // The fixture's largest "needs" share is partners, 74 of 274 (27 %).
    expect(view.table.rows[0]).toMatchObject({ label: 'Партнери', share: '27\u00a0%', count: '74' });
    // the chart's rows in the table's order, and its name what it shows (the caption names the figure)
    const [first, second] = view.table.rows.map((r) => view.svg.indexOf(`>${r.label}</text>`));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(second!);
    expect(view.svg).toMatch(/aria-label="Партнери 27\u00a0%; [^"]+…"/);
    expect(view.svg).not.toContain(view.heading);
    expect(view.source).toMatch(/ілюстративні дані$/);
  });

  it('names the file in the error for an unknown question', () => {
    expect(() => barChartView(data, { question: 'nope', sort: 'share', source: 'x.mdx' }, 'en')).toThrow(/x\.mdx/);
  });
});

describe('rankingView', () => {
  it('marks the leading group and explains the mark only when there is one', () => {
    const view = rankingView(data, 'en');
    const leaders = view.rows.filter((r) => r.leader).map((r) => r.iso);
    expect(leaders.sort()).toEqual([...(data.national.leaders ?? [])].sort());
    expect(view.note).toContain('★');
    const none = rankingView({ ...data, national: { ...data.national, leaders: [] } }, 'en');
    expect(none.note).not.toContain('★');
    expect(none.rows.some((r) => r.leader)).toBe(false);
  });

  it('draws an interval bar only for ranked oblasts with a value', () => {
    for (const r of rankingView(data, 'uk').rows) {
      expect(r.bar !== null, r.iso).toBe(r.status === 'ok' && r.value !== null && r.ci !== null);
    }
  });
});
