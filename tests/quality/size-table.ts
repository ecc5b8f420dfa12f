// A plain-text table of page weights, printed on every run so size drift is visible.
import { BUDGETS, type PageWeight } from '../../scripts/site-check/budgets.ts';

const kb = (n: number): string => (n / 1024).toFixed(1);

export function formatSizeTable(weights: PageWeight[]): string {
  const header = ['page', 'kind', 'html', 'css', 'js', 'font', 'image', 'other', 'total', 'budget', ''];
  const rows = weights.map((w) => {
    const b = BUDGETS[w.kind];
    const over = w.total > b.total || (b.js !== undefined && w.bytes.js > b.js);
    return [
      w.route,
      w.kind,
      kb(w.bytes.html),
      kb(w.bytes.css),
      kb(w.bytes.js),
      kb(w.bytes.font),
      kb(w.bytes.image),
      kb(w.bytes.other),
      kb(w.total),
      `${kb(b.total)}${b.js !== undefined ? ` / js ${kb(b.js)}` : ''}`,
      over ? 'OVER' : 'ok',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    'gzip KB (level 9); css/js include inline <style>/<script>, which html also contains; total = html + fetched files',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
