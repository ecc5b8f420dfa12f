// What `/` is made of, from the built HTML alone (no browser): its element count, its gzip
// bytes against a byte floor, and what each graphic adds. The floor is the same page with
// every <svg> taken out (the text, the tables and the CSS stay) plus the page's shared map
// definitions once — the regions' geometry and the place-name labels, both the same for every
// map and carried once per page (graphics.ts counts them as the page's, not a map's): what any
// page showing these maps must at least ship.
import { gzipSync } from 'node:zlib';
import {
  elementCount,
  graphicWeights,
  isSharedDefs,
  outerRanges,
  withoutElements,
  type GraphicWeight,
} from '../site-check/graphics.ts';

const gzip = (s: string) => gzipSync(s, { level: 9 }).length;

/** The page with no graphics: every <svg> removed. */
export const floorPage = (html: string): string => withoutElements(html, 'svg');

/** The page's shared map definitions (geometry, label sets: `<svg class="uamap-defs…">`), or '' when it has none. */
function sharedDefs(html: string): string {
  return outerRanges(html, 'svg')
    .filter(([s]) => isSharedDefs(html.slice(s, html.indexOf('>', s) + 1)))
    .map(([s, e]) => html.slice(s, e))
    .join('');
}

export interface PageShape {
  elements: number;
  bytes: number;
  gzip: number;
  floorGzip: number;
  /** The floor without the graphics' deferred tables (`<noscript data-deferred>`) either: a stricter reading. */
  floorWithoutTablesGzip: number;
  floorElements: number;
  graphics: GraphicWeight[];
}

/** Element count, bytes and floor of one built page, and each `<figure>` graphic's share (its markup alone). */
export function pageShape(html: string): PageShape {
  const floor = floorPage(html);
  return {
    elements: elementCount(html),
    bytes: Buffer.byteLength(html),
    gzip: gzip(html),
    floorGzip: gzip(floor + sharedDefs(html)),
    floorWithoutTablesGzip: gzip(
      withoutElements(floor, 'noscript', (tag) => tag.includes('data-deferred')) + sharedDefs(html),
    ),
    floorElements: elementCount(floor),
    graphics: graphicWeights(html),
  };
}
