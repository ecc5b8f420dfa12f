// The on-map names of a page's maps, defined once per page. Where a label goes depends on the
// units, their names and the city callouts, never on the values, so every map of a page places
// its labels alike: the two label sets (full names, phone codes; each with the city names) are
// <defs> the page carries once, and each map shows them with <use>, two elements instead of ~55.
//
// What differs per map is each label's ink: dark text with a light halo over a light fill,
// white text with a dark halo over a dark one, the page's ink over missing data or outside
// the country. Selectors do not reach into a <use>'s shadow tree, but custom properties
// inherit into it: each defined <text> reads its unit's --iNN/--hNN (labels.css), dark ink by
// default, and the map's <svg> sets them with a class for each labelled unit that differs
// (inkClasses): wNN white ink, pNN the page's ink, ndNN/nwNN where dark screens repaint the classes.
import { createHash } from 'node:crypto';
import { escapeXml } from '../../text/escape.ts';
import { placeLabels, type PlacedText } from './labels.ts';
import { COMPACT_LABEL_SIZES, LABEL_SIZES, insideShape, type MapLayout } from './layout.ts';
import type { RegionDatum } from './render.ts';

/** One label set: its element id and its markup for the page's <defs>. */
export interface LabelSet {
  id: string;
  markup: string;
}

/** The two label sets a page map shows: full names (wide maps) and phone codes (narrow maps). */
export interface PageLabelSets {
  full: LabelSet;
  compact: LabelSet;
  /** Units whose label (or a city name over them) takes the unit's ink: the ink classes' units. */
  inked: string[];
}

/** "UA-05" → "05": the part of the class and custom property names that names the unit. */
export const labelKey = (iso: string) => iso.replace(/^UA-/, '');

/** City names as drawn: full size, and on narrow maps (bigger, shifted off the larger marker). */
const NAME = { full: { size: 13, dx: 0, dy: 0 }, compact: { size: 30, dx: 10, dy: 6 } };

const inkOf = (iso: string) => `uamap-t${labelKey(iso)}`;

function setMarkup(
  layout: MapLayout,
  placed: PlacedText[],
  names: Record<string, string>,
  ground: Map<string, string>,
  compact: boolean,
): { body: string; inked: string[] } {
  const base = (compact ? COMPACT_LABEL_SIZES : LABEL_SIZES)[0];
  const inked: string[] = [];
  const texts = placed.map((p) => {
    const small = p.size === base ? '' : ` font-size="${p.size}"`;
    // A label outside its unit, on a leader line, always takes the page's ink.
    if (!p.leader) inked.push(p.region.iso);
    const cls = p.leader ? 'uamap-label-page' : inkOf(p.region.iso);
    return `<text x="${p.at[0]}" y="${p.at[1]}" dy="0.35em"${small} class="${cls}">${escapeXml(p.text)}</text>`;
  });
  const d = placed
    .flatMap(({ leader }) => (leader ? [`M${leader[0][0]} ${leader[0][1]}L${leader[1][0]} ${leader[1][1]}`] : []))
    .join('');
  const n = NAME[compact ? 'compact' : 'full'];
  const cities = layout.callouts
    .filter((c) => names[c.iso])
    .map((c) => {
      const under = ground.get(c.iso);
      if (under) inked.push(under);
      const shift = c.label.anchor === 'start' ? n.dx : -n.dx;
      return (
        `<text class="uamap-name ${under ? inkOf(under) : 'uamap-label-page'}" x="${c.label.at[0] + shift}" y="${c.label.at[1] + n.dy}"` +
        ` font-size="${n.size}" text-anchor="${c.label.anchor}">${escapeXml(names[c.iso]!)}</text>`
      );
    });
  const leaders = d ? `<path class="uamap-label-leader" d="${d}"/>` : '';
  return { body: `font-size="${base}" text-anchor="middle">${leaders}${texts.join('')}${cities.join('')}</g>`, inked };
}

const cache = new Map<string, PageLabelSets>();

/**
 * The label sets of a page map of `plain` (the units drawn, city callouts excepted) with the
 * city names `names` (by ISO), worked out once per distinct input in a build. Each set's id
 * is a digest of its markup, so two maps share a set exactly when they would draw the same
 * labels, and a page whose maps differ (another language, fewer units) carries each set it uses.
 */
export function pageLabelSets(layout: MapLayout, plain: RegionDatum[], names: Record<string, string>): PageLabelSets {
  const key = JSON.stringify([plain.map((r) => [r.iso, r.short, r.abbr, r.code]), names]);
  let sets = cache.get(key);
  if (sets) return sets;
  const drawn = new Set(plain.map((r) => r.iso));
  // The unit under each city's name, when the name lies over a drawn unit (Kyiv over Kyiv Oblast).
  const ground = new Map(
    layout.callouts.flatMap((c) => {
      const shape = layout.regions.find((s) => drawn.has(s.iso) && insideShape(c.label.at, s));
      return shape ? [[c.iso, shape.iso] as const] : [];
    }),
  );
  const made = ([false, true] as const).map((compact) =>
    setMarkup(layout, placeLabels(layout, plain, compact, compact ? names : {}), names, ground, compact),
  );
  const set = (prefix: string, cls: string, body: string): LabelSet => {
    const id = `${prefix}-${createHash('sha1').update(cls).update(body).digest('hex').slice(0, 8)}`;
    return { id, markup: `<g id="${id}" class="${cls}" ${body}` };
  };
  sets = {
    full: set('uamap-lf', 'uamap-labelset', made[0]!.body),
    compact: set('uamap-lc', 'uamap-labelset uamap-labelset-compact', made[1]!.body),
    inked: [...new Set([...made[0]!.inked, ...made[1]!.inked])],
  };
  cache.set(key, sets);
  return sets;
}

/**
 * The map's ink classes. Dark ink with a light halo is every label's default (most fills are
 * light): a unit's class is wNN where its fill takes white ink with a dark halo, pNN where it
 * has no value (the page's ink), and nwNN/ndNN where dark screens repaint its class to a fill
 * that takes the other ink. A map of mostly light fills thus names few units.
 */
export function inkClasses(regions: RegionDatum[], inked: string[]): string {
  const byIso = new Map(regions.map((r) => [r.iso, r]));
  const tone = (ink: string) => (ink.toLowerCase() === '#ffffff' ? 'w' : 'd');
  return inked
    .flatMap((iso) => {
      const r = byIso.get(iso);
      const key = labelKey(iso);
      if (!r || r.status !== 'ok') return [`p${key}`];
      const day = tone(r.ink);
      const night = r.nightInk === undefined ? day : tone(r.nightInk);
      return [...(day === 'w' ? [`w${key}`] : []), ...(night === day ? [] : [`n${night}${key}`])];
    })
    .join(' ');
}

/** Label sets as the hidden <svg> of <defs> a page carries once (beside its shared geometry). */
export const labelDefs = (sets: LabelSet[]): string =>
  `<svg class="uamap-defs uamap-labeldefs" aria-hidden="true" focusable="false" width="0" height="0"><defs>${sets
    .map((s) => s.markup)
    .join('')}</defs></svg>`;
