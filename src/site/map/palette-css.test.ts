// map.css colours every class of every page map (regions and legend) from custom properties
// it carries for the default schemes, light and dark; this keeps them in step with palette.ts
// and checks the dark ones keep order and stand out from the page. On a change, paste the
// block the failure prints over the one in map.css.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DARK_CLASSES,
  categoricalColors,
  classColors,
  contrastRatio,
  darkClassColors,
  defaultScheme,
  luminance,
  otherCategoryColor,
} from './palette.ts';

const css = readFileSync(new URL('../../components/map/map.css', import.meta.url), 'utf8');
const DARK_SURFACE = /--uamap-dark-surface:\s*(#[0-9a-f]{6})/i.exec(css)![1]!;
/** The most classes a numeric map has (model.ts CLASSES). */
const CLASSES = DARK_CLASSES;

const rule = (selector: string, declarations: string[], indent = '') =>
  `${indent}${selector} {\n${declarations.map((d) => `${indent}  ${d};\n`).join('')}${indent}}`;
const vars = (prefix: string, colours: readonly string[]) =>
  colours.map((c, i) => `--${prefix}${i}: ${c.toLowerCase()}`);

/** The generated part of map.css: class colours per scheme and k, dark ones, and each key's fill. */
function paletteCss(): string {
  const out = [rule('.uamap', [...vars('k', categoricalColors), `--ko: ${otherCategoryColor.toLowerCase()}`])];
  for (const [name, scheme] of [
    ['seq', defaultScheme.sequential],
    ['div', defaultScheme.diverging],
  ] as const)
    for (let k = 1; k <= CLASSES; k++) out.push(rule(`.uamap-${name}-${k}`, vars('c', classColors(scheme, k))));
  const dark = [];
  for (let k = 1; k <= DARK_CLASSES; k++) dark.push(rule(`.uamap-seq-${k}`, vars('c', darkClassColors(k)), '  '));
  out.push(`@media screen and (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}`);
  const keys = [
    ...Array.from({ length: CLASSES }, (_, i) => `c${i}`),
    ...categoricalColors.map((_, i) => `k${i}`),
    'ko',
  ];
  for (const key of keys) out.push(rule(`.uamap .${key}`, [`--f: var(--${key})`]));
  return out.join('\n');
}

describe('map palette in map.css', () => {
  it('is generated from palette.ts', () => {
    const expected = paletteCss();
    if (!css.includes(expected)) console.log(`map.css should contain:\n${expected}`);
    expect(css).toContain(expected);
  });

  it('on dark pages keeps the order (lightness rises with the class) and every class stands out from the page', () => {
    for (let k = 1; k <= DARK_CLASSES; k++) {
      const colours = darkClassColors(k);
      expect(colours).toHaveLength(k);
      const lums = colours.map(luminance);
      for (let i = 1; i < k; i++) expect(lums[i]!).toBeGreaterThan(lums[i - 1]!);
      for (const c of colours) expect(contrastRatio(c, DARK_SURFACE), c).toBeGreaterThanOrEqual(3);
    }
  });
});
