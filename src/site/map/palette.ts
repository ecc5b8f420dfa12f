// Colour schemes for maps. Every scheme here is safe for the common colour-vision
// deficiencies: ColorBrewer sequential schemes and viridis/cividis vary monotonically
// in lightness; the ColorBrewer diverging schemes listed are the ones it marks
// colour-blind safe; categorical colours are Okabe & Ito's palette (minus black, which
// vanishes on a dark page). Colour is never the only carrier: values are also in
// titles, tooltips and the table.
import * as chromatic from 'd3-scale-chromatic';
import { quantize } from 'd3-interpolate';

export const sequentialSchemes = [
  'YlGnBu',
  'Blues',
  'Greens',
  'Purples',
  'Oranges',
  'PuBuGn',
  'viridis',
  'cividis',
] as const;
export const divergingSchemes = ['PuOr', 'RdBu', 'BrBG'] as const;
type SequentialScheme = (typeof sequentialSchemes)[number];
type DivergingScheme = (typeof divergingSchemes)[number];
export type SchemeName = SequentialScheme | DivergingScheme;

// Defaults chosen so the lightest class is tinted, never a grey that could pass for "no data".
export const defaultScheme = { sequential: 'YlGnBu', diverging: 'PuOr' } as const;

type Discrete = ReadonlyArray<ReadonlyArray<string>>;
const discrete: Record<Exclude<SchemeName, 'viridis' | 'cividis'>, Discrete> = {
  YlGnBu: chromatic.schemeYlGnBu,
  Blues: chromatic.schemeBlues,
  Greens: chromatic.schemeGreens,
  Purples: chromatic.schemePurples,
  Oranges: chromatic.schemeOranges,
  PuBuGn: chromatic.schemePuBuGn,
  PuOr: chromatic.schemePuOr,
  RdBu: chromatic.schemeRdBu,
  BrBG: chromatic.schemeBrBG,
};

/** k class colours, light → dark (sequential) or one end → other end (diverging). */
export function classColors(scheme: SchemeName, k: number): string[] {
  if (k < 1) return [];
  if (scheme === 'viridis' || scheme === 'cividis') {
    // Reversed so that more = darker, as with the ColorBrewer schemes; trimmed so the lightest is not near-white.
    const interpolate = scheme === 'viridis' ? chromatic.interpolateViridis : chromatic.interpolateCividis;
    return quantize((t) => interpolate(0.95 - 0.85 * t), Math.max(k, 2)).slice(0, k);
  }
  const sets = discrete[scheme];
  if (k >= 3) return [...sets[Math.min(k, 9)]!].slice(0, k);
  const three = sets[3]!;
  return k === 1 ? [three[1]!] : [three[0]!, three[2]!];
}

/** Classes of the default sequential scheme that map.css repaints for dark pages (k = 1..DARK_CLASSES). */
export const DARK_CLASSES = 5;

/**
 * The default sequential scheme for a dark page, k colours: the same ColorBrewer hues run
 * the other way — more is brighter, standing out from the dark page as more is darker on
 * a light one — without the darkest, which would sink into the page. Lightness still
 * rises monotonically, so order survives colour-vision deficiencies. map.css carries
 * these colours (a test keeps it in step).
 */
export function darkClassColors(k: number): string[] {
  return [...classColors(defaultScheme.sequential, k + 1)].reverse().slice(1);
}

/** Okabe & Ito (2008), without black. */
export const categoricalColors = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;
/** Colour for categories beyond the palette, merged as "other". */
export const otherCategoryColor = '#8C8C8C';

/**
 * The two "missing" styles: no data is a flat neutral grey; insufficient data (fewer
 * respondents than the threshold) is a hatching, so the two never look alike or like a
 * value. Dark-mode variants are in the component's CSS (classes override these attributes).
 */
export const missingStyles = {
  no_data: { fill: '#D0D0D0', className: 'is-nodata' },
  insufficient: { fill: 'url(#uamap-hatch)', className: 'is-insufficient' },
} as const;

/** Relative luminance (WCAG 2), for choosing label ink over a fill. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Dark ink on light fills, white ink on dark ones — whichever contrasts more. */
export function inkFor(fill: string): '#1a1a1a' | '#ffffff' {
  if (!fill.startsWith('#')) return '#1a1a1a';
  return contrastRatio(fill, '#1a1a1a') >= contrastRatio(fill, '#ffffff') ? '#1a1a1a' : '#ffffff';
}
