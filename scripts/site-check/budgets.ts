// Page weight as a reader's browser would fetch it, in gzip bytes (level 9, so the
// numbers are deterministic), and the budgets the report promises.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attr, parseHtml, rawText, select } from './html.ts';
import { cssUrls, pageReferences } from './references.ts';
import { resolveUrl, type SiteLayout } from './resolve.ts';
import { pageKind, type PageKind } from './pages.ts';

type AssetType = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageWeight {
  route: string;
  kind: PageKind;
  /** gzip bytes per asset type; inline <script>/<style> are counted in css/js AND inside html. */
  bytes: Record<AssetType, number>;
  /** gzip bytes of everything fetched: the HTML plus each distinct external asset. */
  total: number;
  /** Local files that the page loads, with their gzip size. */
  assets: { file: string; type: AssetType; gzip: number }[];
  /** URLs the page loads that could not be resolved to a local file. */
  unresolved: string[];
}

export interface Budget {
  total: number;
  js?: number;
}

const KB = 1024;

export const BUDGETS: Record<PageKind, Budget> = {
  // The report with its five maps, their labels defined once per page: 66 KB with the shipped export.
  report: { total: 75 * KB, js: 12 * KB },
  // An oblast's profile stays well under the report it comes from (31 KB with the shipped export).
  profile: { total: 50 * KB, js: 6 * KB },
  embed: { total: 35 * KB, js: 6 * KB },
  other: { total: 120 * KB },
};

/** gzip sizes by SHA-1 of the bytes: the CSS and scripts every page shares are compressed once. */
const known = new Map<string, number>();

/** gzip bytes (level 9) of `data`, remembered by its digest for the rest of the run. */
export function gzipSize(data: string | Buffer): number {
  const key = createHash('sha1').update(data).digest('base64');
  let size = known.get(key);
  if (size === undefined) {
    size = gzipSync(data, { level: 9 }).length;
    known.set(key, size);
  }
  return size;
}

function assetType(file: string): AssetType {
  const ext = extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  if (['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico'].includes(ext)) return 'image';
  return 'other';
}

/** Module specifiers a JS file loads eagerly (static import/export-from). */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g))
    out.push(m[1]);
  return out;
}

const INLINE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageWeight(layout: SiteLayout, route: string, html: string): PageWeight {
  const pagePath = layout.base + route.slice(1);
  const doc = parseHtml(html);
  const bytes: Record<AssetType, number> = { html: gzipSize(html), css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const s of select(doc, 'script')) {
    if (attr(s, 'src') === undefined && INLINE_SCRIPT_TYPES.has((attr(s, 'type') ?? '').toLowerCase()))
      bytes.js += gzipSize(rawText(s));
  }
  for (const s of select(doc, 'style')) bytes.css += gzipSize(rawText(s));

  const seen = new Map<string, { file: string; type: AssetType; gzip: number }>();
  const unresolved: string[] = [];
  const visit = (fromPath: string, url: string): void => {
    if (url.startsWith('#')) return; // same-document reference, e.g. <use href="#outline">
    const r = resolveUrl(layout, fromPath, url);
    if (r.type === 'special') return; // data: URIs are already inside the bytes that hold them
    if (r.type !== 'local') {
      unresolved.push(url);
      return;
    }
    if (seen.has(r.file)) return;
    const content = readFileSync(r.file);
    const type = assetType(r.file);
    seen.set(r.file, { file: r.file, type, gzip: gzipSize(content) });
    const ownPath = new URL(url, `http://x${fromPath}`).pathname;
    if (type === 'css') for (const u of cssUrls(content.toString('utf8'))) visit(ownPath, u);
    if (type === 'js') for (const u of staticImports(content.toString('utf8'))) if (/^[./]/.test(u)) visit(ownPath, u);
  };
  for (const ref of pageReferences(doc)) if (ref.kind === 'resource') visit(pagePath, ref.url);

  const assets = [...seen.values()];
  for (const a of assets) bytes[a.type] += a.gzip;
  const total = bytes.html + assets.reduce((sum, a) => sum + a.gzip, 0);
  return { route, kind: pageKind(route), bytes, total, assets, unresolved };
}

export function budgetProblems(w: PageWeight): string[] {
  const budget = BUDGETS[w.kind];
  const problems: string[] = [];
  const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;
  if (w.total > budget.total)
    problems.push(`${w.route}: ${kb(w.total)} total exceeds the ${w.kind} budget of ${kb(budget.total)}`);
  if (budget.js !== undefined && w.bytes.js > budget.js) {
    problems.push(`${w.route}: ${kb(w.bytes.js)} of JS exceeds the ${w.kind} budget of ${kb(budget.js)}`);
  }
  for (const url of w.unresolved) problems.push(`${w.route}: loads ${url}, which is not a local file`);
  return problems;
}
