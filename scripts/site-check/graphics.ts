// What each graphic (`<figure>`) of a built page costs — its markup's bytes, gzip bytes on its
// own (level 9, so deterministic) and element count — and the budget per kind of graphic. The
// page's shared map definitions (`<svg class="uamap-defs">` geometry and `<svg class="uamap-defs
// uamap-labeldefs">` label sets, each emitted once per page inside the first map that uses it)
// are the page's, not that map's: they are left out of the figure that happens to carry them
// (the page's element budget and byte budget still count them).
import { gzipSize } from './budgets.ts';
import { allElements, attr, parseHtml } from './html.ts';

export interface GraphicWeight {
  /** First class of the figure: 'uamap', 'chart', 'breakdown', … */
  kind: string;
  /** data-map / data-chart-figure / data-breakdown, or '' */
  id: string;
  elements: number;
  bytes: number;
  gzip: number;
}

interface GraphicBudget {
  gzip: number;
  elements: number;
}

const KB = 1024;

/**
 * Per graphic, measured on its own; a kind not listed here has no budget. Set a little over
 * what the shipped export builds (December 2026, labels once per page: map 98 elements / 3.3 KB,
 * 128 / 4.0 KB with a categorical legend; bar chart 37 / 2.0 KB for 10 answers, breakdown 36 /
 * 2.4 KB for 10 answers, ranking 185 / 3.6 KB, after their marks lost per-row attributes and
 * digits), so a graphic that goes back to an element per mark (or a map to labels of its own,
 * ~55 elements) or to per-row markup fails the build. Charts grow by about 2 elements per
 * answer: 60 leaves room for 20.
 */
const GRAPHIC_BUDGETS: Record<string, GraphicBudget> = {
  // legend swatches are CSS, a region a link and a <use> (and one for stripes): 84 elements / 3.0 KB,
  // 108 / 3.6 KB categorical with 19 of 27 units striped (all 27 would be 116)
  uamap: { gzip: 3.8 * KB, elements: 120 },
  // one label and one value per answer; all bars, halos and whiskers one path each
  chart: { gzip: 2.3 * KB, elements: 60 },
  // one label per answer; one path of intervals and one of dots per group; the table deferred
  breakdown: { gzip: 2.6 * KB, elements: 60 },
  // 27 oblasts, each a name, a plot (interval and dot) and a value; grid drawn once; table deferred
  'ranking-figure': { gzip: 3.8 * KB, elements: 190 },
};

/**
 * Elements a reader's browser builds for a report page (`/`, `/en/`), deferred tables unopened:
 * 1,454 in December 2026 with the map labels once per page and the maps' legend swatches drawn
 * by CSS (1,531 and 1,770 before; the Lighthouse target is 1,500). Only the report: other pages
 * list communities or oblasts and grow with the data.
 */
export const REPORT_DOM_BUDGET = 1480;

/** One sentence when a report page builds more elements than REPORT_DOM_BUDGET, else none. */
export function domBudgetProblems(route: string, kind: string, html: string): string[] {
  if (kind !== 'report') return [];
  const n = elementCount(html);
  return n > REPORT_DOM_BUDGET ? [`${route}: ${n} DOM elements exceed the report budget of ${REPORT_DOM_BUDGET}`] : [];
}

/** [start, end) of every outermost `<tag …>…</tag>` (or `<tag/>`) in `html`. */
export function outerRanges(html: string, tag: string): [number, number][] {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*?(/?)>`, 'g');
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(re)) {
    if (m[2] === '/') {
      if (depth === 0) out.push([m.index, m.index + m[0].length]);
    } else if (m[1] === '') {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) out.push([start, m.index + m[0].length]);
  }
  return out;
}

/** `html` without every outermost `<tag>` element that `drop` (given its opening tag) selects. */
export function withoutElements(html: string, tag: string, drop: (openTag: string) => boolean = () => true): string {
  let out = '';
  let at = 0;
  for (const [s, e] of outerRanges(html, tag)) {
    if (!drop(html.slice(s, html.indexOf('>', s) + 1))) continue;
    out += html.slice(at, s);
    at = e;
  }
  return out + html.slice(at);
}

/** The page's shared map definitions: the geometry and the label sets (src/site/map/label-sets.ts). */
export const isSharedDefs = (openTag: string) => /\bclass="uamap-defs[\s"]/.test(openTag);

/**
 * Elements in the DOM a browser with scripting on builds from `html`: a <noscript>'s content is
 * then one text node (deferred disclosures, src/site/defer.ts), so what is inside one is not counted.
 */
export const elementCount = (html: string) =>
  allElements(parseHtml(html)).reduce((n, el) => n + 1 - (el.name === 'noscript' ? allElements(el).length - 1 : 0), 0);

/** Every outermost `<figure>` of a page, measured on its own without the page's shared map definitions. */
export function graphicWeights(html: string): GraphicWeight[] {
  return outerRanges(html, 'figure').map(([s, e]): GraphicWeight => {
    const part = withoutElements(html.slice(s, e), 'svg', isSharedDefs);
    const el = allElements(parseHtml(part))[0];
    return {
      kind: (attr(el, 'class') ?? 'figure').split(/\s+/)[0],
      id: attr(el, 'data-map') ?? attr(el, 'data-chart-figure') ?? attr(el, 'data-breakdown') ?? '',
      elements: elementCount(part),
      bytes: Buffer.byteLength(part),
      gzip: gzipSize(part),
    };
  });
}

/** The budget of a kind of graphic (`uamap`, `chart`, …): gzip bytes and elements, or undefined when it has none. */
export const graphicBudget = (kind: string): GraphicBudget | undefined => GRAPHIC_BUDGETS[kind];

/** One sentence per graphic of `route` over its kind's budget. */
export function graphicBudgetProblems(route: string, weights: GraphicWeight[]): string[] {
  return weights.flatMap((g) => {
    const budget = graphicBudget(g.kind);
    if (!budget) return [];
    const name = `${route} ${g.kind} ${g.id}`.trim();
    return [
      ...(g.gzip > budget.gzip
        ? [`${name}: ${(g.gzip / KB).toFixed(1)} KB gzip exceeds the ${g.kind} budget of ${budget.gzip / KB} KB`]
        : []),
      ...(g.elements > budget.elements
        ? [`${name}: ${g.elements} elements exceed the ${g.kind} budget of ${budget.elements}`]
        : []),
    ];
  });
}
