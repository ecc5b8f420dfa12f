// map.css repaints the default sequential classes for dark pages; this keeps its colours
// in step with palette.ts and checks they keep order and stand out from the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK_CLASSES, contrastRatio, darkClassColors, luminance } from './palette.ts';

const css = readFileSync(new URL('../../components/map/map.css', import.meta.url), 'utf8');
const DARK_SURFACE = /--uamap-dark-surface:\s*(#[0-9a-f]{6})/i.exec(css)![1]!;

/** The CSS map.css should carry: fills of regions and legend swatches per k and class (label inks: labels.css). */
function darkRules(): string {
  const rules: string[] = [];
  for (let k = 1; k <= DARK_CLASSES; k++)
    darkClassColors(k).forEach((fill, i) => {
      const sel = `.uamap-seq-${k} [data-class='c${i}']`;
      rules.push(`  ${sel} > :is(use:first-of-type, circle),\n  ${sel} .uamap-swatch rect {\n    fill: ${fill};\n  }`);
    });
  return rules.join('\n');
}

describe('dark-page map palette', () => {
  it('is in map.css, generated from palette.ts', () => {
    expect(css).toContain(darkRules());
  });

  it('keeps the order (lightness rises with the class) and every class stands out from the dark page', () => {
    for (let k = 1; k <= DARK_CLASSES; k++) {
      const colours = darkClassColors(k);
      expect(colours).toHaveLength(k);
      const lums = colours.map(luminance);
      for (let i = 1; i < k; i++) expect(lums[i]!).toBeGreaterThan(lums[i - 1]!);
      for (const c of colours) expect(contrastRatio(c, DARK_SURFACE), c).toBeGreaterThanOrEqual(3);
    }
  });
});
