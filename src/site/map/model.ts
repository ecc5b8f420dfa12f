// Everything a map says, decided from the data before any markup: which units have
// a value, which class and colour each falls in, the legend, and the wording of
// every name, value, interval and respondent count. Pure: SiteData in, MapModel out.
import type { Lang, MetricDefinition, MetricValue, QuestionStat, UnitStatus } from '../../contract/types.ts';
import { mapScale, unitStatus } from './scale.ts';
import type { SiteData } from '../data.ts';
import { countNoun, formatInterval, formatNumber, formatValue, type NumericFormat } from '../../text/format.ts';
import { t as catalogue } from '../../i18n/index.ts';
import { classOf, displayRound } from './classify.ts';
import {
  DARK_CLASSES,
  categoricalColors,
  classColors,
  darkClassColors,
  defaultScheme,
  inkFor,
  missingStyles,
  otherCategoryColor,
} from './palette.ts';
import { findMetric, unitName, unitShort } from '../present.ts';

interface RegionModel {
  iso: string;
  name: string;
  short: string;
  /** the on-map label to try when `short` does not fit, or null */
  abbr: string | null;
  /** the on-map label of a phone-size map (the registry's map_code) */
  code: string;
  /** most-chosen maps: the runner-up lies inside the winner's interval (drawn striped) */
  tie: boolean;
  status: UnitStatus;
  /** The value as data: a number, a category code, or '' when not shown. */
  raw: string;
  valueText: string;
  ciText: string | null;
  respondents: number;
  respondentsText: string;
  classKey: string;
  fill: string;
  ink: string;
  /** The label ink on dark screens, where map.css repaints the class (default sequential scheme). */
  nightInk?: string;
  /** Accessible name: name, value, interval, respondents. */
  label: string;
}

export interface LegendEntry {
  key: string;
  fill: string;
  label: string;
  kind: 'class' | 'category' | 'missing' | 'tie';
}

export interface MapModel {
  metric: MetricDefinition;
  lang: Lang;
  title: string;
  unit: string;
  kind: 'stepped' | 'categorical';
  breaks: number[];
  /**
   * The scheme and class count whose colours map.css gives the classes c0…: 'seq-<k>' (default
   * sequential, repainted for dark pages) or 'div-<k>' (default diverging); null for categories
   * (k0…, ko: one palette for every categorical map).
   */
  palette: string | null;
  /** Formatted thresholds, shown between the stepped legend's swatches. */
  ticks: string[];
  legend: LegendEntry[];
  regions: RegionModel[];
  national: { valueText: string; ciText: string | null; respondentsText: string } | null;
  source: string;
  /** most-chosen maps: what the stripes mean, when some unit is striped; else null */
  nearTieNote: string | null;
}

export interface MapModelOptions {
  metric: string;
  lang: Lang;
  title?: string;
  /** Page or MDX file, named in errors. */
  source?: string;
  /** 'own': classes from this map's values alone, instead of the scale shared by its kind of measure. */
  scale?: 'shared' | 'own';
}

type ModelData = Pick<SiteData, 'codebook' | 'dataset' | 'registry' | 'oblasts' | 'national'>;

/** "12 респондентів" / "1 respondent". */
const formatRespondents = (n: number, lang: Lang) =>
  `${formatNumber(n, lang)} ${countNoun(n, catalogue(lang).site.respondentForms, lang)}`;

/** Classes of a numeric map (fewer when fewer distinct values are shown). */
const CLASSES = 5;

/** The legend's striped swatch sits on a neutral grey: the stripes mean the same over any category colour. */
const TIE_SWATCH = '#9a9a9a';

const roundingStep: Record<NumericFormat, number> = { percent: 0.01, score: 1, integer: 1 };

export function buildMapModel(data: ModelData, options: MapModelOptions): MapModel {
  const { lang } = options;
  const t = catalogue(lang).site.map;
  const metric = findMetric(data.codebook, options.metric, options.source);
  const min = data.codebook.thresholds.min_respondents;
  const aggregates = new Map(data.oblasts.map((o) => [o.iso, o]));

  const units = data.registry.map((unit) => {
    const agg = aggregates.get(unit.iso);
    const mv = agg?.metrics[metric.id];
    return {
      unit,
      mv,
      status: unitStatus(agg?.status, metric, mv),
      respondents: mv?.n ?? agg?.respondents ?? 0,
    };
  });

  const legend: LegendEntry[] = [];
  let breaks: number[] = [];
  let ticks: string[] = [];
  let palette: string | null = null;
  let fillOf: (value: number | string) => { fill: string; key: string; nightInk?: string };
  let text: (value: number | string) => string;
  const isCategory = metric.format === 'category';

  if (isCategory) {
    const question = data.codebook.questions.find((q) => q.id === metric.question);
    const labelOf = (code: string) => question?.options.find((o) => o.code === code)?.label[lang] ?? code;
    const order = question?.options.map((o) => o.code) ?? [];
    const counts = new Map<string, number>();
    for (const u of units)
      if (u.status === 'ok') counts.set(String(u.mv!.value), (counts.get(String(u.mv!.value)) ?? 0) + 1);
    // Most frequent categories get the palette; ties in codebook order. The rest is "other".
    const ranked = [...counts.keys()].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || order.indexOf(a) - order.indexOf(b),
    );
    const overflow = ranked.length > categoricalColors.length;
    const named = overflow ? ranked.slice(0, categoricalColors.length - 1) : ranked;
    const colour = new Map(named.map((code, i) => [code, categoricalColors[i]!]));
    // A category's key is its colour's place in the palette (k0…): map.css colours it by that.
    const keyOf = (code: string) => `k${named.indexOf(code)}`;
    for (const code of [...named].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      legend.push({ key: keyOf(code), fill: colour.get(code)!, label: labelOf(code), kind: 'category' });
    }
    if (overflow) legend.push({ key: 'ko', fill: otherCategoryColor, label: t.other, kind: 'category' });
    fillOf = (v) =>
      colour.has(String(v))
        ? { fill: colour.get(String(v))!, key: keyOf(String(v)) }
        : { fill: otherCategoryColor, key: 'ko' };
    text = (v) => labelOf(String(v));
  } else {
    const format = metric.format as NumericFormat;
    const values = units.filter((u) => u.status === 'ok').map((u) => Number(u.mv!.value));
    const step = roundingStep[format];
    const classes = mapScale(data, metric, values, CLASSES, options.scale === 'own');
    breaks = classes.breaks;
    const scheme = defaultScheme[metric.scheme === 'diverging' ? 'diverging' : 'sequential'];
    const colours = classColors(scheme, breaks.length + 1);
    const night =
      scheme === defaultScheme.sequential && colours.length <= DARK_CLASSES ? darkClassColors(colours.length) : null;
    palette = `${scheme === defaultScheme.sequential ? 'seq' : 'div'}-${colours.length}`;
    const fmt = (x: number) => formatValue(x, format, lang);
    ticks = breaks.map(fmt);
    // Each class reads as the range it covers ("20–40 %"), one starting where the last ended, or as its one value.
    const label = (i: number): string => {
      const [from, to] = classes.ranges[i]!;
      return from === to ? fmt(from) : formatInterval([from, to], format, lang);
    };
    if (values.length > 0)
      colours.forEach((fill, i) => legend.push({ key: `c${i}`, fill, label: label(i), kind: 'class' }));
    fillOf = (v) => {
      const i = classOf(displayRound(Number(v), step), breaks);
      return { fill: colours[i]!, key: `c${i}`, ...(night ? { nightInk: inkFor(night[i]!) } : {}) };
    };
    text = (v) => fmt(Number(v));
  }

  const ciFormat: NumericFormat = isCategory ? 'percent' : (metric.format as NumericFormat);
  const pct = (x: number) => formatValue(x, 'percent', lang);
  /** "Освіта — 48 %", and when the runner-up lies inside the winner's interval "Освіта — 48 % (нарівні з: Туризм — 40 %)" */
  const categoryText = (value: number | string, mv: MetricValue, stat: QuestionStat | undefined): string => {
    const own = typeof mv.share === 'number' ? `${text(value)} — ${pct(mv.share)}` : text(value);
    if (!mv.near_tie || !mv.runner_up) return own;
    const share = stat?.options[mv.runner_up]?.share;
    return `${own} (${t.levelWith}: ${text(mv.runner_up)}${typeof share === 'number' ? ` — ${pct(share)}` : ''})`;
  };
  const regions: RegionModel[] = units.map(({ unit, mv, status, respondents }) => {
    const name = unitName(unit, lang);
    const short = unitShort(unit, lang);
    const abbr = unit[`map_abbr_${lang}`] ?? null;
    const respondentsText = formatRespondents(respondents, lang);
    const code = unit.map_code[lang];
    const base = { iso: unit.iso, name, short, abbr, code, status, respondents, respondentsText, tie: false };
    if (status !== 'ok') {
      const style = missingStyles[status];
      const valueText = status === 'no_data' ? t.noData : `${t.insufficient} (${t.insufficientNote(min)})`;
      const label = status === 'no_data' ? `${name}: ${valueText}` : `${name}: ${valueText}, ${respondentsText}`;
      return {
        ...base,
        raw: '',
        valueText,
        ciText: null,
        classKey: status === 'no_data' ? 'nodata' : 'insufficient',
        fill: style.fill,
        ink: '#1a1a1a',
        label,
      };
    }
    const value = mv!.value!;
    const { fill, key, nightInk } = fillOf(value);
    const agg = aggregates.get(unit.iso);
    const valueText = isCategory ? categoryText(value, mv!, agg?.questions[metric.question ?? '']) : text(value);
    const ciText = mv!.ci ? formatInterval(mv!.ci, ciFormat, lang) : null;
    const label = `${name}: ${valueText}${ciText ? ` (${t.interval} ${ciText})` : ''}, ${respondentsText}`;
    // Stripes over the fill (not a glyph) show on the map itself where the lead is not clear.
    return {
      ...base,
      tie: isCategory && mv!.near_tie === true,
      raw: String(value),
      valueText,
      ciText,
      classKey: key,
      fill,
      ink: inkFor(fill),
      ...(nightInk ? { nightInk } : {}),
      label,
    };
  });

  if (regions.some((r) => r.tie)) legend.push({ key: 'tie', fill: TIE_SWATCH, label: t.tieLegend, kind: 'tie' });
  if (regions.some((r) => r.status === 'insufficient')) {
    legend.push({
      key: 'insufficient',
      fill: missingStyles.insufficient.fill,
      label: `${t.insufficient} (${t.insufficientNote(min)})`,
      kind: 'missing',
    });
  }
  if (regions.some((r) => r.status === 'no_data'))
    legend.push({ key: 'nodata', fill: missingStyles.no_data.fill, label: t.noData, kind: 'missing' });

  const nationalValue = data.national.metrics[metric.id];
  const national =
    nationalValue && nationalValue.value !== null
      ? {
          valueText: isCategory
            ? categoryText(nationalValue.value, nationalValue, data.national.questions[metric.question ?? ''])
            : text(nationalValue.value),
          ciText: nationalValue.ci ? formatInterval(nationalValue.ci, ciFormat, lang) : null,
          respondentsText: formatRespondents(nationalValue.n, lang),
        }
      : null;

  const unitLabel = { percent: t.percentUnit, score: t.scoreUnit, integer: t.integerUnit, category: t.categoryUnit }[
    metric.format
  ];
  return {
    metric,
    lang,
    title: options.title ?? metric.label[lang],
    unit: unitLabel,
    kind: isCategory ? 'categorical' : 'stepped',
    palette,
    breaks,
    ticks,
    legend,
    regions,
    national,
    nearTieNote: regions.some((r) => r.tie) ? t.nearTie : null,
    source: data.dataset.source[lang] + (data.dataset.illustrative ? `, ${t.illustrative}` : ''),
  };
}
