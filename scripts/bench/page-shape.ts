// What `/` is made of, from the built HTML alone (no browser): its element count, its gzip
// bytes against a byte floor, and what each graphic adds. The floor is the same page with
// every <svg> taken out (the text, the tables and the CSS stay) plus the shared map geometry
// once: what any page showing these maps must at least ship.
import { gzipSync } from 'node:zlib';
import {
  elementCount,
  graphicWeights,
  isGeometryDefs,
  outerRanges,
  withoutElements,
  type GraphicWeight,
} from '../site-check/graphics.ts';

const gzip = (s: string) => gzipSync(s, { level: 9 }).length;

/** The page with no graphics: every <svg> removed. */
export const floorPage = (html: string): string => withoutElements(html, 'svg');

/** The shared map geometry (`<svg class="uamap-defs">`), once, or '' when the page has none. */
function geometryOnce(html: string): string {
  const r = outerRanges(html, 'svg').find(([s]) => isGeometryDefs(html.slice(s, html.indexOf('>', s) + 1)));
  return r ? html.slice(r[0], r[1]) : '';
}

export interface PageShape {
  elements: number;
  bytes: number;
  gzip: number;
  floorGzip: number;
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
    floorGzip: gzip(floor + geometryOnce(html)),
    floorElements: elementCount(floor),
    graphics: graphicWeights(html),
  };
}
