// The profile's two maps, drawn by the one map renderer (map/render.ts) on the shared layout:
// a locator (Ukraine, this oblast highlighted, every other oblast a link to its profile)
// and a close-up of the oblast with a dot for each participating community that has
// coordinates in the export.
import type { CommunityEntry, Lang, OblastUnit } from '../../contract/types.ts';
import { t } from '../../i18n/index.ts';
import { round } from '../svg-text.ts';
import { unitName, unitShort } from '../present.ts';
import { renderGeometryDefs } from '../map/defs.ts';
import { mapLayout } from '../map/layout.ts';
import { renderMap, type RegionDatum } from '../map/render.ts';
import { profileHref } from '../profile-paths.ts';

export interface ProfileMaps {
  /** The shared <path> definitions both maps use. */
  geometry: string;
  locator: string;
  /** The close-up with dots, or null when no community has coordinates. */
  dots: string | null;
  /** Communities drawn as dots, and all of them. */
  dotCount: number;
  communityCount: number;
}

function datum(unit: OblastUnit, current: string, lang: Lang): RegionDatum {
  const here = unit.iso === current;
  const name = unitName(unit, lang);
  return {
    iso: unit.iso,
    name,
    short: unitShort(unit, lang),
    code: unit.map_code[lang],
    abbr: null,
    // Colours come from profile.css through these classes (light and dark) on pages; files paint the fill.
    fill: here ? '#1f4e8c' : '#d5d9df',
    ink: here ? '#ffffff' : '#1a1a1a',
    classKey: here ? 'here' : 'other',
    status: here ? 'here' : 'other',
    valueText: '',
    ciText: null,
    respondentsText: '',
    label: name,
    href: here ? undefined : profileHref(unit.iso, lang),
  };
}

/** Every unit for a locator of `iso`: that one highlighted, the others links to their profiles. */
export function locatorRegions(registry: readonly OblastUnit[], iso: string, lang: Lang): RegionDatum[] {
  return registry.map((u) => datum(u, iso, lang));
}

/** Bounding box of the oblast's projected outline with a margin, [x, y, w, h]. */
function closeUp(rings: [number, number][][], margin: number): [number, number, number, number] {
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(x1 - x0, y1 - y0) * margin;
  return [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad];
}

/** Both maps of the profile of `iso` in `lang`. */
export function profileMaps(
  registry: readonly OblastUnit[],
  communities: readonly CommunityEntry[],
  iso: string,
  lang: Lang,
): ProfileMaps {
  const layout = mapLayout();
  const s = t(lang).site.profile;
  const unit = registry.find((u) => u.iso === iso)!;
  const name = unitName(unit, lang);
  const regions = locatorRegions(registry, iso, lang);
  const locator = renderMap(layout, regions, {
    labels: false,
    paint: { kind: 'page', id: 'profile-locator', title: s.locatorTitle(name), hint: s.locatorHint },
  });
  const own = communities.filter((c) => c.oblast === iso);
  const points = own.flatMap((c) => {
    if (c.lat === null || c.lon === null) return [];
    const p = layout.project([c.lon, c.lat]);
    return p ? [p] : [];
  });
  const shape = layout.regions.find((r) => r.iso === iso);
  let dots: string | null = null;
  if (points.length > 0 && shape) {
    const box = closeUp(shape.outer, 0.08);
    const r = round(box[2] / 70);
    const overlay =
      `<g class="profile-dots">` +
      points.map(([x, y]) => `<circle cx="${round(x)}" cy="${round(y)}" r="${r}"/>`).join('') +
      `</g>`;
    dots = renderMap(layout, regions, {
      labels: false,
      viewBox: box,
      overlay,
      paint: { kind: 'page', id: 'profile-dots', title: s.dotsTitle(name), hint: '' },
    });
  }
  return {
    geometry: renderGeometryDefs(layout),
    locator,
    dots,
    dotCount: points.length,
    communityCount: own.length,
  };
}

/**
 * The locator with its colours as attributes and no links, `width` px wide, preceded by the
 * geometry it uses: for the embeddable card, which lives on other sites without our stylesheet.
 */
export function cardLocator(registry: readonly OblastUnit[], iso: string, lang: Lang, width: number): string {
  const layout = mapLayout();
  const unit = registry.find((u) => u.iso === iso)!;
  const regions = locatorRegions(registry, iso, lang).map((r) => ({ ...r, href: undefined }));
  const height = round(layout.height * (width / layout.width));
  const body = renderMap(layout, regions, {
    labels: false,
    // The compact shared geometry (as pages carry it) with <use>: a third of the inline paths' bytes.
    paint: { kind: 'standalone', x: 0, y: 0, width, ink: '#1c1d21', muted: '#555a63', sharedGeometry: true },
  });
  const title = t(lang).site.profile.locatorTitle(unitName(unit, lang));
  return `${renderGeometryDefs(layout)}<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title.replace(/"/g, '&quot;')}">${body}</svg>`;
}
