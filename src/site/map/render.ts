// The one SVG renderer of the Ukraine map, as a string at build time (no DOM, no client
// drawing), for pages, embeds and downloads alike. The shapes, their order (units, then
// the borders and outline, then the city callouts above them, then names) and where
// labels go are shared; the paint option says what differs:
//   page        — regions and labels refer to the page's shared geometry (defs.ts) and
//                 label sets (label-sets.ts), carry a class the stylesheet colours (dark
//                 mode, print; no colour attributes), which the client script reads too,
//                 and an accessible name; phone-size codes too.
//   standalone  — every colour and stroke an attribute (a file has no stylesheet), paths
//                 inline (or <use> for previews inside a page), at a fixed scale.
import { escapeXml } from '../../text/escape.ts';
import { round } from '../svg-text.ts';
import { BORDERS_ID, OUTLINE_ID, TIE_ID, geometryId } from './defs.ts';
import { missingStyles } from './palette.ts';
import { inkClasses, pageLabelSets } from './label-sets.ts';
import { placeLabels, type PlacedText } from './labels.ts';
import type { Callout, MapLayout, Point } from './layout.ts';

export interface RegionDatum {
  iso: string;
  name: string;
  /** Short name for the on-map label. */
  short: string;
  /** A shorter label for when `short` does not fit, or null. */
  abbr: string | null;
  /** The code shown on phone-size maps ("Він."), and where nothing longer fits. */
  code: string;
  /** Drawn with stripes over the fill: the lead of the most-chosen answer is not established. */
  tie?: boolean;
  fill: string;
  ink: string;
  /** The ink on dark screens, where map.css repaints the unit's class (palette.ts darkClassColors). */
  nightInk?: string;
  classKey: string;
  status: string;
  valueText: string;
  ciText: string | null;
  respondentsText: string;
  label: string;
  /** The unit's profile page: the region is then a link (Enter and click follow it). */
  href?: string;
}

/** A map in a page: interactive, styled by the page's CSS. */
export interface PagePaint {
  kind: 'page';
  id: string;
  /** Accessible name of the whole map (its title). */
  title: string;
  /** Instruction read when focus enters the map. */
  hint: string;
  /**
   * Ids of the page's elements holding the title (the visible caption) and the hint (the page's
   * one copy): the map is then named by the first and described by the second, instead of
   * carrying a copy of both in its aria-label.
   */
  refs?: { title: string; hint: string };
  /** Names beside the city callouts, by ISO. */
  calloutNames?: Record<string, string>;
}

/** A map in a standalone SVG: explicit colours, drawn at `width` px with its top left at x, y. */
interface StandalonePaint {
  kind: 'standalone';
  x: number;
  y: number;
  width: number;
  /** Text and line colours. */
  ink: string;
  muted: string;
  /** Refer to the page's shared geometry with <use> (previews inside a page that carries it). */
  sharedGeometry?: boolean;
}

export interface RenderOptions {
  paint: PagePaint | StandalonePaint;
  /** Names inside the units where they fit. */
  labels: boolean;
  /** Page maps: show only this part of the layout, [x, y, width, height] (an oblast close up). */
  viewBox?: [number, number, number, number];
  /** Page maps: markup drawn above the regions and borders (an oblast's community dots). */
  overlay?: string;
}

const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(value)}"`;

const haloColour = (ink: string) => (ink.toLowerCase() === '#ffffff' ? '#1a1a1a' : '#ffffff');

/** A halo behind text, the opposite of the ink, drawn under the glyphs: legible over any fill or line. */
function halo(ink: string, width = 3): string {
  return ` stroke="${haloColour(ink)}" stroke-width="${width}" stroke-linejoin="round" paint-order="stroke"`;
}

/** The line from a city to its marker, when the marker had to move off it. */
const leaderOf = (c: Callout): [Point, Point] | null =>
  Math.hypot(c.at[0] - c.origin[0], c.at[1] - c.origin[1]) > c.r ? [c.origin, c.at] : null;

function pageRegion(datum: RegionDatum, callout: Callout | undefined, focusable: boolean): string {
  const use = `<use href="#${geometryId(datum.iso)}"`;
  // The hatch is a fill of this page's own pattern, so it is written here, not in map.css: the
  // stylesheet goes to pages with no map too, where a url(#uamap-hatch) would point at nothing.
  const hatch = datum.classKey === 'insufficient' ? attr('fill', missingStyles.insufficient.fill) : '';
  let shape = `${use}${hatch}/>` + tieStripes(datum, use);
  if (callout) {
    const leader = leaderOf(callout);
    const [cx, cy] = callout.at;
    shape +=
      (leader ? `<line class="uamap-leader" x1="${leader[0][0]}" y1="${leader[0][1]}" x2="${cx}" y2="${cy}"/>` : '') +
      `<circle class="uamap-callout" cx="${cx}" cy="${cy}" r="${callout.r}"${hatch}/>`;
  }
  // One class, the unit's class key (c2, k0, nodata…): map.css fills the region by it (the
  // shapes inherit the fill; light, dark and print), the legend item with the same class is
  // highlighted with it, and it says the status. The ISO code is the <use>'s href. A region
  // with a profile is a link; the client script adds tooltips (map-interactions.ts), whose
  // facts come from the map's table: neither they nor a <title> repeating the aria-label are
  // carried by each region, bytes every map paid 27 times.
  const [open, close] = datum.href ? ['a', '</a>'] : ['g', '</g>'];
  return (
    `<${open}` +
    attr('class', datum.classKey) +
    (datum.href ? attr('href', datum.href) : '') +
    // A link is a tab stop of its own; without JavaScript every region is one, as links are.
    // The script makes the map one tab stop (roving tabindex) when it starts. A region with no
    // profile is a button only the script can work: one stop for all of them.
    (datum.href ? '' : attr('tabindex', focusable ? 0 : -1) + ` role="button"`) +
    attr('aria-label', datum.label) +
    `>${shape}${close}`
  );
}

/** Stripes over a unit whose most-chosen answer only leads within its interval; `open` is its shape's opening tag. */
function tieStripes(datum: RegionDatum, open: string): string {
  return datum.tie ? `${open} fill="url(#${TIE_ID})"/>` : '';
}

function pageMap(
  layout: MapLayout,
  plain: RegionDatum[],
  cities: [Callout, RegionDatum][],
  o: RenderOptions,
  p: PagePaint,
) {
  // The labels are the page's (label-sets.ts): this map shows them and says each one's ink.
  const sets = o.labels ? pageLabelSets(layout, plain, p.calloutNames ?? {}) : null;
  const inks = sets ? inkClasses([...plain, ...cities.map(([, r]) => r)], sets.inked) : '';
  const labels = sets
    ? `<use class="uamap-labels uamap-labels-full" href="#${sets.full.id}" aria-hidden="true"/>` +
      `<use class="uamap-labels uamap-labels-compact" href="#${sets.compact.id}" aria-hidden="true"/>`
    : '';
  const viewBox = o.viewBox ? o.viewBox.map(round).join(' ') : `0 0 ${layout.width} ${layout.height}`;
  return (
    // tabindex -1: Chromium otherwise makes the <svg> itself a tab stop before the regions.
    `<svg class="uamap-svg${inks ? ` ${inks}` : ''}" viewBox="${viewBox}" role="group" tabindex="-1"` +
    (p.refs
      ? attr('aria-labelledby', p.refs.title) + attr('aria-describedby', p.refs.hint)
      : attr('aria-label', `${p.title}. ${p.hint}`)) +
    `>${plain.map((r, i) => pageRegion(r, undefined, i === 0)).join('')}` +
    `<use class="uamap-borders" href="#${BORDERS_ID}"/>` +
    `<use class="uamap-outline" href="#${OUTLINE_ID}"/>` +
    cities.map(([c, r]) => pageRegion(r, c, false)).join('') +
    (o.overlay ?? '') +
    labels +
    `</svg>`
  );
}

function standaloneMap(
  layout: MapLayout,
  plain: RegionDatum[],
  cities: [Callout, RegionDatum][],
  o: RenderOptions,
  p: StandalonePaint,
) {
  const s = p.width / layout.width;
  const line = (px: number) => round(px / s);
  const shape = (id: string, d: string) => (p.sharedGeometry ? `<use href="#${id}"` : `<path d="${escapeXml(d)}"`);
  const regions = plain.map((r) => {
    const own = shape(geometryId(r.iso), layoutPath(layout, r.iso));
    return `${own} fill="${escapeXml(r.fill)}"/>` + tieStripes(r, own);
  });
  const borders = `${shape(BORDERS_ID, layout.borders)} fill="none" stroke="#ffffff" stroke-width="${line(0.8)}" stroke-linejoin="round"/>`;
  const outline = `${shape(OUTLINE_ID, layout.outline)} fill="none" stroke="${p.muted}" stroke-width="${line(1)}" stroke-linejoin="round"/>`;
  const callouts = cities.map(([c, r]) => {
    const leader = leaderOf(c);
    const [cx, cy] = c.at;
    return (
      (leader
        ? `<line x1="${leader[0][0]}" y1="${leader[0][1]}" x2="${cx}" y2="${cy}" stroke="${p.muted}" stroke-width="${line(1)}"/>`
        : '') +
      `<circle cx="${cx}" cy="${cy}" r="${c.r}" fill="${escapeXml(r.fill)}" stroke="${p.ink}" stroke-width="${line(1)}"/>` +
      `<text x="${c.label.at[0]}" y="${c.label.at[1]}" text-anchor="${c.label.anchor}" font-size="12" fill="${p.ink}"${halo(p.ink)}>${escapeXml(r.short)}</text>`
    );
  });
  const labels = o.labels ? standaloneLabels(placeLabels(layout, plain, false), p, line) : [];
  return `<g transform="translate(${round(p.x)} ${round(p.y)}) scale(${s.toFixed(4)})">${regions.join('')}${borders}${outline}${callouts.join('')}${labels.join('')}</g>`;
}

function standaloneLabels(placed: PlacedText[], p: StandalonePaint, line: (px: number) => number): string[] {
  return placed.map(({ region: r, at, size, text, leader }) => {
    const ink = leader || r.status !== 'ok' ? p.ink : r.ink;
    const lead = leader
      ? `<line x1="${leader[0][0]}" y1="${leader[0][1]}" x2="${leader[1][0]}" y2="${leader[1][1]}" stroke="${p.muted}" stroke-width="${line(1)}"/>`
      : '';
    return `${lead}<text x="${at[0]}" y="${at[1]}" dy="0.35em" text-anchor="middle" font-size="${size}" fill="${ink}"${halo(ink, 2.5)}>${escapeXml(text)}</text>`;
  });
}

const layoutPath = (layout: MapLayout, iso: string) => layout.regions.find((r) => r.iso === iso)?.d ?? '';

/** The units drawn as shapes of their own: all but the city callouts. */
function plainRegions(layout: MapLayout, regions: RegionDatum[]): RegionDatum[] {
  const calloutIsos = new Set(layout.callouts.map((c) => c.iso));
  return regions.filter((r) => !calloutIsos.has(r.iso));
}

/** The label sets a page map of `regions` with labels shows: the page must carry them in its defs (label-sets.ts). */
export const mapLabelSets = (layout: MapLayout, regions: RegionDatum[], calloutNames: Record<string, string> = {}) => {
  const sets = pageLabelSets(layout, plainRegions(layout, regions), calloutNames);
  return [sets.full, sets.compact];
};

/** The map of `regions` (the units to draw, in drawing order) on `layout`, painted as `options.paint` says. */
export function renderMap(layout: MapLayout, regions: RegionDatum[], options: RenderOptions): string {
  const byIso = new Map(regions.map((r) => [r.iso, r]));
  const plain = plainRegions(layout, regions);
  const cities = layout.callouts.flatMap((c): [Callout, RegionDatum][] => {
    const r = byIso.get(c.iso);
    return r ? [[c, r]] : [];
  });
  return options.paint.kind === 'page'
    ? pageMap(layout, plain, cities, options, options.paint)
    : standaloneMap(layout, plain, cities, options, options.paint);
}
