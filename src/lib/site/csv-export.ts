import type { Codebook, OblastAggregate } from '../types.ts';

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Neutralise spreadsheet formulas in text cells (CSV injection) as well as quoting.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The aggregated table by oblast: one row per unit, value and 95% interval per metric. */
export function oblastsCsv(
  oblasts: OblastAggregate[],
  codebook: Codebook,
  metricIds = codebook.metrics.map((m) => m.id),
): string {
  const header = [
    'iso',
    'name_uk',
    'name_en',
    'status',
    'respondents',
    'communities_total',
    'rank',
    'rank_best',
    'rank_worst',
  ];
  // A most-chosen metric's interval is that of its share: give the share beside it, and the tie flag.
  const isMode = (id: string) => codebook.metrics.find((m) => m.id === id)?.kind === 'mode';
  for (const id of metricIds) {
    header.push(id);
    if (isMode(id)) header.push(`${id}_share`);
    header.push(`${id}_ci_low`, `${id}_ci_high`);
    if (isMode(id)) header.push(`${id}_near_tie`);
  }
  const rows = oblasts.map((o) => {
    const row: (string | number | null)[] = [
      o.iso,
      o.name_uk,
      o.name_en,
      o.status,
      o.respondents,
      o.communities_total ?? null,
      o.rank,
      o.rank_range?.[0] ?? null,
      o.rank_range?.[1] ?? null,
    ];
    for (const id of metricIds) {
      const m = o.metrics[id];
      row.push(m?.value ?? null);
      if (isMode(id)) row.push(m?.share ?? null);
      row.push(m?.ci?.[0] ?? null, m?.ci?.[1] ?? null);
      if (isMode(id)) row.push(m?.value == null ? null : m.near_tie ? 'yes' : 'no');
    }
    return row;
  });
  return toCsv(header, rows);
}
