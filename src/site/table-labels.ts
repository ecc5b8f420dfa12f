// The column names of the phone "card" tables (src/styles/tables.css), declared once per page
// instead of once per cell. On a phone every value of a `table.reflow` is shown under its
// column's name; that name used to be a data-label attribute on every <td>, read by
// `attr(data-label)`. Now a table component asks `tableLabelClass` for a class naming its
// list of column names; the middleware writes one <style> per page that gives each such
// class's cells their names (`.tl-x td:nth-child(2){--label:"Значення"}`, numbered as nth-child
// counts the row's cells, as many as the table has) and tables.css draws `var(--label)`. The
// style is in <head>, outside the deferred <noscript> (src/site/defer.ts), so it labels a
// table opened with scripting on and one rendered with scripting off alike.
//
// Why a <style> in <head> and not `style="--c2:…"` on the table: the site's Content-Security-
// Policy allows inline styles only by hash (astro.config.mjs), which a style attribute cannot
// have; so the page's one <style> gets its hash added to the policy's style-src here.
//
// No table needs a label per cell: in every one the name is its column's, the same in each row.
import { createHash } from 'node:crypto';
import { cssString } from './css-string.ts';

/** A table's column names by position in the row (index 0 = the first cell); null: a column with no label (its row header). */
export type ColumnLabels = readonly (string | null)[];

/** Where a page's tables register their column names while it renders (per request: App.Locals). */
export interface TableLabelHolder {
  tableLabels?: Map<string, ColumnLabels>;
}

/** A short class name that depends on the names only, so a page's style is the same whatever order its tables render in. */
function classFor(labels: ColumnLabels): string {
  const digest = createHash('sha256').update(JSON.stringify(labels)).digest('base64url');
  return `tl-${digest.slice(0, 7).replace(/[-_]/g, 'x')}`;
}

/**
 * The class that gives a `table.reflow` the column names `labels` on a phone; registers them
 * in `locals` for the page's style (tableLabelStyle). Tables with the same names share a class.
 */
export function tableLabelClass(locals: TableLabelHolder, labels: ColumnLabels): string {
  const name = classFor(labels);
  const known = (locals.tableLabels ??= new Map()).get(name);
  if (known && JSON.stringify(known) !== JSON.stringify(labels)) {
    throw new Error(`table label class ${name} names two lists of columns`);
  }
  locals.tableLabels.set(name, labels);
  return name;
}

/** The CSS that gives the cells of every registered class their column's name (`--label` of `td:nth-child(N)`), in class order; '' when none. */
export function tableLabelCss(registered: ReadonlyMap<string, ColumnLabels>): string {
  return [...registered]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([name, labels]) =>
      labels.flatMap((label, i) =>
        label === null ? [] : [`.${name} td:nth-child(${i + 1}){--label:${cssString(label)}}`],
      ),
    )
    .join('');
}

const HEAD_END = /<\/head\s*>/i;
const CSP_META = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i;

/**
 * `html` with `css` as a <style> at the end of its <head>, and that style's hash added to the
 * style-src of the page's Content-Security-Policy <meta>, if it has one. `html` unchanged when
 * `css` is empty. Throws when the page has no <head>, or a policy without style-src (which
 * would then block the style).
 */
export function withTableLabelStyle(html: string, css: string): string {
  if (css === '') return html;
  const head = HEAD_END.exec(html);
  if (!head) throw new Error('a page with table labels has no </head>');
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  let out = `${html.slice(0, head.index)}<style>${css}</style>${html.slice(head.index)}`;
  const meta = CSP_META.exec(out);
  if (meta) {
    const policy = meta[0].replace(/(style-src(?=\s)[^;"]*)/, `$1 ${hash}`);
    if (policy === meta[0]) throw new Error("the page's Content-Security-Policy has no style-src for the table labels");
    out = out.slice(0, meta.index) + policy + out.slice(meta.index + meta[0].length);
  }
  return out;
}
