// The downloadable tables, written for the person who opens them: a UTF-8 byte-order mark
// (so Excel on a Ukrainian Windows shows Cyrillic, not mojibake), labels next to codes,
// percentages as 0–100 in columns that say so, and — while the data are made up — a
// notice on every row, so a forwarded or re-sorted file still says what it is.
import type { Codebook, DatasetConfig, MetricDefinition, OblastAggregate } from '../contract/types.ts';
import { illustrativeText } from './notice.ts';
import { toCsv, type CsvCell as Cell } from '../text/csv.ts';

/** UTF-8 byte-order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
const BOM = '\uFEFF';

/** The notice both languages read, or null when the data are the real survey's. */
export function dataNotice(dataset: Pick<DatasetConfig, 'illustrative' | 'illustrative_notice'>): string | null {
  if (!dataset.illustrative) return null;
  return `${illustrativeText(dataset as DatasetConfig, 'uk')} / ${illustrativeText(dataset as DatasetConfig, 'en')}`;
}

/**
 * A CSV download: BOM, then the table; with illustrative data a first column
 * `data_notice` repeats the notice on every row (a reader sees it whatever they sort or cut).
 */
export function csvFile(header: string[], rows: Cell[][], dataset: Parameters<typeof dataNotice>[0]): string {
  const notice = dataNotice(dataset);
  if (notice === null) return BOM + toCsv(header, rows);
  return (
    BOM +
    toCsv(
      ['data_notice', ...header],
      rows.map((r) => [notice, ...r]),
    )
  );
}

/**
 * A JSON download: an object whose first keys say whether the data are illustrative
 * (`illustrative`, and `notice` while they are), then `data`.
 */
export function jsonFile(data: unknown, dataset: Parameters<typeof dataNotice>[0]): string {
  const notice = dataNotice(dataset);
  return JSON.stringify({ illustrative: dataset.illustrative, ...(notice ? { notice } : {}), data }, null, 1) + '\n';
}

/** Shares in 0..1 as percent with one decimal, as a reader writes them. */
export function percent(share: number | null | undefined): number | null {
  return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
}

const oneDecimal = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

interface Column {
  name: string;
  cell: (o: OblastAggregate) => Cell;
}

/** The columns of one metric, named by what they hold; interval columns only when some row has an interval. */
function metricColumns(metric: MetricDefinition, codebook: Codebook, oblasts: OblastAggregate[]): Column[] {
  const v = (o: OblastAggregate) => o.metrics[metric.id];
  const hasCi = oblasts.some((o) => v(o)?.ci);
  const id = metric.id;
  if (metric.format === 'category') {
    const question = codebook.questions.find((q) => q.id === metric.question);
    const label = (o: OblastAggregate, lang: 'uk' | 'en') => {
      const code = v(o)?.value;
      if (code === null || code === undefined) return null;
      return question?.options.find((x) => x.code === code)?.label[lang] ?? String(code);
    };
    const cols: Column[] = [
      { name: `${id}_uk`, cell: (o) => label(o, 'uk') },
      { name: `${id}_en`, cell: (o) => label(o, 'en') },
      { name: `${id}_code`, cell: (o) => v(o)?.value ?? null },
    ];
    if (metric.kind !== 'mode') return cols;
    // A most-chosen answer's interval is that of its share: the share beside it, and whether
    // the runner-up lies inside that interval (then the winner is not a clear one).
    cols.push({ name: `${id}_share_percent`, cell: (o) => percent(v(o)?.share) });
    if (hasCi)
      cols.push(
        { name: `${id}_share_percent_ci95_low`, cell: (o) => percent(v(o)?.ci?.[0]) },
        { name: `${id}_share_percent_ci95_high`, cell: (o) => percent(v(o)?.ci?.[1]) },
      );
    cols.push({
      name: `${id}_near_tie`,
      cell: (o) => (v(o)?.value == null ? null : v(o)?.near_tie ? 'yes' : 'no'),
    });
    return cols;
  }
  const scale = metric.format === 'percent' ? percent : oneDecimal;
  const name = metric.format === 'percent' ? `${id}_percent` : id;
  const num = (x: number | string | null | undefined) => (typeof x === 'number' ? scale(x) : null);
  const cols: Column[] = [
    { name, cell: (o) => (metric.format === 'integer' ? (v(o)?.value ?? null) : num(v(o)?.value)) },
  ];
  if (hasCi)
    cols.push(
      { name: `${name}_ci95_low`, cell: (o) => num(v(o)?.ci?.[0]) },
      { name: `${name}_ci95_high`, cell: (o) => num(v(o)?.ci?.[1]) },
    );
  return cols;
}

/**
 * The table by oblast: one row per unit, then per metric its value (percent 0–100 for
 * shares), its 95% interval where there is one, labels for categories. The rank column
 * is named after the index it ranks and is present only with that index. Column names
 * are unique: a metric that repeats a base column (the respondent count) is left out.
 */
export function oblastsCsv(
  oblasts: OblastAggregate[],
  codebook: Codebook,
  dataset: Parameters<typeof dataNotice>[0],
  metricIds = codebook.metrics.map((m) => m.id),
): string {
  const columns: Column[] = [
    { name: 'iso', cell: (o) => o.iso },
    { name: 'name_uk', cell: (o) => o.name_uk },
    { name: 'name_en', cell: (o) => o.name_en },
    { name: 'status', cell: (o) => o.status },
    { name: 'respondents', cell: (o) => o.respondents },
    { name: 'communities_total', cell: (o) => o.communities_total ?? null },
  ];
  for (const id of metricIds) {
    const metric = codebook.metrics.find((m) => m.id === id);
    if (!metric) continue;
    for (const c of metricColumns(metric, codebook, oblasts))
      if (!columns.some((x) => x.name === c.name)) columns.push(c);
    if (metric.kind === 'index')
      columns.push(
        { name: `${id}_rank`, cell: (o) => o.rank },
        // the ranks the oblast's interval allows (see rank-range.ts)
        { name: `${id}_rank_best`, cell: (o) => o.rank_range?.[0] ?? null },
        { name: `${id}_rank_worst`, cell: (o) => o.rank_range?.[1] ?? null },
      );
  }
  return csvFile(
    columns.map((c) => c.name),
    oblasts.map((o) => columns.map((c) => c.cell(o))),
    dataset,
  );
}
