// The page's choropleth, decided before any markup: <ChoroplethMap> and its legend and
// table only render what this returns. Pure apart from the geometry, which the layout
// computes once per build.
import type { Lang } from '../../contract/types.ts';
import type { SiteData } from '../data.ts';
import { unitShort } from '../present.ts';
import { profileHref } from '../profile-paths.ts';
import { renderGeometryDefs } from './defs.ts';
import { mapLayout } from './layout.ts';
import { buildMapModel, type LegendEntry, type MapModel } from './model.ts';
import { labelDefs } from './label-sets.ts';
import { mapLabelSets, renderMap } from './render.ts';
import { t as catalogue } from '../../i18n/index.ts';

export interface MapViewOptions {
  /** Metric id from data/codebook.json. */
  metric: string;
  lang: Lang;
  /** The map's element id, already unique on the page (page-state.ts). */
  id: string;
  title?: string;
  subtitle?: string;
  notes?: string | string[];
  /** File that uses the map, named in build errors. */
  source?: string;
  /** 'own': classes from this map's values alone, not the scale its kind of measure shares. */
  scale?: 'shared' | 'own';
  /** Oblast names in the table link to their community pages. */
  communityLinks: boolean;
  /** This map carries the page's shared geometry (the first map on the page does). */
  geometry: boolean;
  /**
   * True when the page has not yet received the label set or keys hint with this id
   * (page-state.ts claimDefs): this map then carries it. Default: all, as a map alone in its page.
   */
  newOnPage?: (id: string) => boolean;
}

export interface MapLegendView {
  /** What the values are: "Частка громад, %". */
  unit: string;
  kind: MapModel['kind'];
  /** Accessible name of the list of classes. */
  label: string;
  classes: LegendEntry[];
  /** The stripes of a lead not established, "Insufficient data", "No data": only those that occur. */
  missing: LegendEntry[];
}

interface MapTableRow {
  /** The unit's ISO code: the tooltip script finds a region's row by it; '' for the national row. */
  iso: string;
  name: string;
  /** The oblast's community page, or null. */
  href: string | null;
  valueText: string;
  ciText: string;
  respondents: string;
  missing: boolean;
}

export interface MapTableView {
  /** The disclosure's text while the table is folded, and while it is open. */
  toggle: { show: string; hide: string };
  caption: string;
  headings: [region: string, value: string, interval: string, respondents: string];
  /** Oblasts in the language's alphabetical order. */
  rows: MapTableRow[];
  national: MapTableRow | null;
}

export interface MapView {
  id: string;
  /** Class of the figure whose colours map.css gives the classes c0… ("uamap-seq-5"), or null (categories). */
  paletteClass: string | null;
  metric: string;
  title: string;
  /** Id of the caption's title: it names the map. */
  titleId: string;
  /** The keys hint the page carries once (hidden; it describes every map), or null when the page has it. */
  keys: { id: string; text: string } | null;
  subtitle: string | undefined;
  /** The interval's name, for the tooltip script. */
  intervalLabel: string;
  /** The tooltip's link to a profile (after a tap), for the tooltip script. */
  openLabel: string;
  legend: MapLegendView;
  /** The shared <path> definitions, when this map carries them. */
  geometry: string | null;
  /** The label sets this map shows and the page does not have yet, as a hidden <svg>, or null. */
  labelDefs: string | null;
  svg: string;
  source: string;
  /** The stripes' note (most-chosen maps) and the editor's notes, in that order. */
  notes: string[];
  table: MapTableView;
}

const DASH = '—';

/** Everything a page's map shows, for `data` in `options.lang`. Throws on an unknown metric, naming `source`. */
export function mapView(data: SiteData, options: MapViewOptions): MapView {
  const { lang } = options;
  const model = buildMapModel(data, {
    metric: options.metric,
    lang,
    title: options.title,
    source: options.source,
    scale: options.scale,
  });
  const t = catalogue(lang).site.map;
  const layout = mapLayout();
  const names = new Map(data.registry.map((u) => [u.iso, unitShort(u, lang)]));
  // Each region links to its oblast's profile (not in embeds, which live on other sites).
  const regions = model.regions.map((r) => ({
    ...r,
    href: options.communityLinks ? profileHref(r.iso, lang) : undefined,
  }));
  const calloutNames = Object.fromEntries(layout.callouts.map((c) => [c.iso, names.get(c.iso) ?? '']));
  const newOnPage = options.newOnPage ?? (() => true);
  // The map is named by its caption's title and described by the keys hint, which the page
  // carries once (the first map on it, in its language): no map repeats either in an aria-label.
  const titleId = `${options.id}-title`;
  const keysId = `uamap-keys-${lang}`;
  const svg = renderMap(layout, regions, {
    labels: true,
    paint: {
      kind: 'page',
      id: options.id,
      title: model.title,
      hint: t.keysHint,
      refs: { title: titleId, hint: keysId },
      calloutNames,
    },
  });
  const labelSets = mapLabelSets(layout, regions, calloutNames).filter((s) => newOnPage(s.id));
  const collator = new Intl.Collator(lang);
  const rows = [...model.regions]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((r): MapTableRow => ({
      iso: r.iso,
      name: r.name,
      href: profileHref(r.iso, lang),
      valueText: r.valueText,
      ciText: r.ciText ?? DASH,
      respondents: r.status === 'no_data' ? DASH : String(r.respondents),
      missing: r.status !== 'ok',
    }));
  const notes = options.notes === undefined ? [] : Array.isArray(options.notes) ? options.notes : [options.notes];
  return {
    id: options.id,
    paletteClass: model.palette && `uamap-${model.palette}`,
    metric: options.metric,
    title: model.title,
    titleId,
    keys: newOnPage(keysId) ? { id: keysId, text: t.keysHint } : null,
    subtitle: options.subtitle,
    intervalLabel: t.interval,
    openLabel: t.openProfile,
    legend: {
      unit: model.unit,
      kind: model.kind,
      label: t.legend,
      classes: model.legend.filter((e) => e.kind === 'class' || e.kind === 'category'),
      missing: model.legend.filter((e) => e.kind === 'missing' || e.kind === 'tie'),
    },
    geometry: options.geometry ? renderGeometryDefs(layout) : null,
    labelDefs: labelSets.length > 0 ? labelDefs(labelSets) : null,
    svg,
    source: model.source,
    notes: model.nearTieNote ? [model.nearTieNote, ...notes] : notes,
    table: {
      toggle: { show: catalogue(lang).site.showTable, hide: catalogue(lang).site.hideTable },
      caption: model.title,
      headings: [t.region, model.kind === 'categorical' ? t.categoryUnit : t.value, t.interval, t.respondents],
      rows,
      national: model.national && {
        iso: '',
        name: t.national,
        href: null,
        valueText: model.national.valueText,
        ciText: model.national.ciText ?? DASH,
        respondents: String(data.national.respondents),
        missing: false,
      },
    },
  };
}
