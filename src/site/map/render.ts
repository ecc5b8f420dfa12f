// SVG markup of one map, as a string, at build time: no DOM, no client-side drawing.
// Regions reference the shared geometry (see defs.ts) and carry their colour, data
// attributes for the client script, and an accessible name; the callouts make Kyiv
// city and Sevastopol big enough to see, hover and tap.
import { escapeXml } from '../../text/escape.ts';
import { labelWidth as estimateWidth } from '../svg-text.ts';
import { BORDERS_ID, OUTLINE_ID, geometryId } from './defs.ts';
import { COMPACT_LABEL_SIZES, LABEL_SIZES, placeLabel, type MapLayout } from './layout.ts';

export interface RegionDatum {
  iso: string;
  name: string;
  /** Short name for the on-map label. */
  short: string;
  /** A shorter label for when `short` does not fit, or null. */
  abbr: string | null;
  /** The code shown on phone-size maps ("Він."); no phone label when absent. */
  code?: string;
  fill: string;
  ink: string;
  classKey: string;
  status: string;
  raw: string;
  valueText: string;
  ciText: string | null;
  respondentsText: string;
  label: string;
}

export interface RenderOptions {
  id: string;
  /** Accessible name of the whole map (its title). */
  title: string;
  /** Instruction read when focus enters the map. */
  hint: string;
  labels?: boolean;
  /** Names beside the city callouts, by ISO. */
  calloutNames?: Record<string, string>;
}

const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(value)}"`;

function regionMarkup(layout: MapLayout, datum: RegionDatum, focusable: boolean): string {
  const callout = layout.callouts.find((c) => c.iso === datum.iso);
  const fill = attr('fill', datum.fill);
  let shape = `<use href="#${geometryId(datum.iso)}"${fill}/>`;
  if (callout) {
    const [ox, oy] = callout.origin;
    const [cx, cy] = callout.at;
    const leader =
      Math.hypot(cx - ox, cy - oy) > callout.r
        ? `<line class="uamap-leader" x1="${ox}" y1="${oy}" x2="${cx}" y2="${cy}"/>`
        : '';
    shape += `${leader}<circle class="uamap-callout" cx="${cx}" cy="${cy}" r="${callout.r}"${fill}/>`;
  }
  return (
    `<g class="uamap-region uamap-${datum.status}"` +
    attr('data-iso', datum.iso) +
    attr('data-value', datum.raw) +
    attr('data-class', datum.classKey) +
    attr('data-name', datum.name) +
    attr('data-text', datum.valueText) +
    (datum.ciText ? attr('data-ci', datum.ciText) : '') +
    attr('data-n', datum.respondentsText) +
    attr('tabindex', focusable ? 0 : -1) +
    ` role="button"` +
    attr('aria-label', datum.label) +
    `><title>${escapeXml(datum.label)}</title>${shape}</g>`
  );
}

/**
 * On-map names. Full size: the short name, or its abbreviation, where it fits. Compact
 * (shown by CSS only on narrow maps): the unit's code in a size a phone can read.
 */
/** Sizes of the city markers and their names on narrow maps (ChoroplethMap.astro's container query). */
const COMPACT_CALLOUT = { r: 20, nameSize: 30, shift: 10 };

type Box = [number, number, number, number]; // x0, y0, x1, y1

/** The boxes a phone label must keep clear of: each city marker and its name, as drawn on a narrow map. */
function calloutBoxes(layout: MapLayout, names: Record<string, string>): Box[] {
  return layout.callouts.flatMap((c) => {
    const { r, nameSize, shift } = COMPACT_CALLOUT;
    const marker: Box = [c.at[0] - r, c.at[1] - r, c.at[0] + r, c.at[1] + r];
    const name = names[c.iso];
    if (!name) return [marker];
    const w = estimateWidth(name, nameSize);
    const [x, y] = c.label.at;
    const x0 = c.label.anchor === 'start' ? x + shift : x - shift - w;
    return [marker, [x0, y - nameSize * 0.7, x0 + w, y + nameSize * 0.5] as Box];
  });
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function labelsMarkup(
  layout: MapLayout,
  regions: RegionDatum[],
  compact = false,
  calloutNames: Record<string, string> = {},
): string {
  const shapes = new Map(layout.regions.map((s) => [s.iso, s]));
  const calloutIsos = new Set(layout.callouts.map((c) => c.iso));
  const sizes = compact ? COMPACT_LABEL_SIZES : LABEL_SIZES;
  const avoid = compact ? calloutBoxes(layout, calloutNames) : [];
  const out: string[] = [];
  for (const r of regions) {
    if (calloutIsos.has(r.iso)) continue;
    if (compact && !r.code) continue;
    // Long names (Хмельницька, Чернівецька…) get a second chance in a smaller size, and
    // the few that still do not fit (Івано-Франківська) a third with the registry's abbreviation.
    const names = compact ? { short: r.code!, abbr: null } : r;
    const fit = placeLabel(shapes.get(r.iso)!, names, estimateWidth, sizes);
    if (!fit) continue;
    const { at, size, text } = fit;
    const half = estimateWidth(text, size) / 2;
    if (avoid.some((b) => overlaps(b, [at[0] - half, at[1] - size / 2, at[0] + half, at[1] + size / 2]))) continue;
    // Labels over the grey/hatched "missing" styles follow the page's ink (the CSS restyles those fills for dark mode).
    const ink = r.status === 'ok' ? attr('fill', r.ink) : ' class="uamap-label-missing"';
    const small = size === sizes[0] ? '' : attr('font-size', size);
    out.push(`<text x="${at[0]}" y="${at[1]}" dy="0.35em"${small}${ink}>${escapeXml(text)}</text>`);
  }
  const cls = compact ? 'uamap-labels uamap-labels-compact' : 'uamap-labels uamap-labels-full';
  return out.length
    ? `<g class="${cls}" aria-hidden="true" font-size="${sizes[0]}" text-anchor="middle">${out.join('')}</g>`
    : '';
}

function calloutNamesMarkup(layout: MapLayout, names: Record<string, string>): string {
  const out = layout.callouts
    .filter((c) => names[c.iso])
    .map(
      (c) =>
        `<text class="uamap-name-${c.label.anchor}" x="${c.label.at[0]}" y="${c.label.at[1]}" text-anchor="${c.label.anchor}">${escapeXml(names[c.iso]!)}</text>`,
    );
  return out.length ? `<g class="uamap-callout-names" aria-hidden="true" font-size="13">${out.join('')}</g>` : '';
}

export function renderMapSvg(layout: MapLayout, regions: RegionDatum[], options: RenderOptions): string {
  const calloutIsos = new Set(layout.callouts.map((c) => c.iso));
  const plain = regions.filter((r) => !calloutIsos.has(r.iso));
  const callouts = regions.filter((r) => calloutIsos.has(r.iso));
  // Callouts after the borders, so their markers sit above the surrounding lines.
  return (
    // tabindex -1: Chromium otherwise makes the <svg> itself a tab stop before the regions.
    `<svg class="uamap-svg" viewBox="0 0 ${layout.width} ${layout.height}" role="group" tabindex="-1"` +
    attr('aria-label', `${options.title}. ${options.hint}`) +
    `><g class="uamap-layer">${plain.map((r, i) => regionMarkup(layout, r, i === 0)).join('')}</g>` +
    `<use class="uamap-borders" href="#${BORDERS_ID}" fill="none"/>` +
    `<use class="uamap-outline" href="#${OUTLINE_ID}" fill="none"/>` +
    `<g class="uamap-layer">${callouts.map((r) => regionMarkup(layout, r, false)).join('')}</g>` +
    (options.labels ? labelsMarkup(layout, regions) + labelsMarkup(layout, regions, true, options.calloutNames) : '') +
    calloutNamesMarkup(layout, options.calloutNames ?? {}) +
    `</svg>`
  );
}
