// The data table of indicators by oblast, decided before any markup: columns from the
// codebook, one row per oblast in the language's alphabetical order, each cell's text.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { formatInterval, formatValue } from '../text/format.ts';
import { byUnitName, findMetric, metricText, unitName } from './present.ts';

export const DEFAULT_TABLE_METRICS =
  'strategy_adopted,has_cdto,need_funding,smart_readiness_index,top_priority,coverage';

interface TableColumn {
  label: string;
  /** 'num' for numbers (aligned right); undefined for categories, which read as text */
  align: 'num' | undefined;
}

interface TableCell {
  text: string;
  /** the 95 % interval under the value, or null */
  ci: string | null;
  align: TableColumn['align'];
}

interface TableRow {
  iso: string;
  name: string;
  /** "(insufficient data)" and the like; null when the oblast has enough answers */
  statusText: string | null;
  respondents: string;
  cells: TableCell[];
}

export interface DataTableView {
  caption: string;
  oblastHeading: string;
  respondentsHeading: string;
  columns: TableColumn[];
  rows: TableRow[];
}

/** The table of `metrics` (comma-separated codebook ids) in `lang`; throws on an unknown id, naming `source`. */
export function dataTableView(data: SiteData, metrics: string, lang: Lang, source: string): DataTableView {
  const { oblasts, codebook } = data;
  const s = t(lang).site;
  const defs = metrics.split(',').map((id) => findMetric(codebook, id.trim(), source));
  const alignOf = (format: string) => (format === 'category' ? undefined : ('num' as const));
  const statusText = { insufficient: s.insufficient, no_data: s.noData };
  return {
    caption: s.dataTableCaption,
    oblastHeading: s.oblast,
    respondentsHeading: s.respondentsShort,
    columns: defs.map((d) => ({ label: d.label[lang], align: alignOf(d.format) })),
    rows: [...oblasts].sort(byUnitName(lang)).map((o) => ({
      iso: o.iso,
      name: unitName(o, lang),
      statusText: o.status === 'ok' ? null : statusText[o.status],
      respondents: formatValue(o.respondents, 'integer', lang),
      cells: defs.map((d) => {
        const m = o.metrics[d.id];
        return {
          text: o.status === 'ok' || d.id === 'respondents' ? metricText(m?.value, d, codebook, lang) : '—',
          ci: o.status === 'ok' && m?.ci && d.format !== 'category' ? formatInterval(m.ci, d.format, lang) : null,
          align: alignOf(d.format),
        };
      }),
    })),
  };
}
