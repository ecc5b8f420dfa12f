import { describe, expect, it } from 'vitest';
import {
  categoricalColors,
  classColors,
  contrastRatio,
  inkFor,
  luminance,
  missingStyles,
  sequentialSchemes,
  divergingSchemes,
} from './palette.ts';

describe('classColors', () => {
  it('returns k distinct colours for every scheme and k = 1..9', () => {
    for (const scheme of [...sequentialSchemes, ...divergingSchemes]) {
      for (let k = 1; k <= 9; k++) {
        const colours = classColors(scheme, k);
        expect(colours, `${scheme} ${k}`).toHaveLength(k);
        expect(new Set(colours).size).toBe(k);
      }
    }
  });

  it('orders sequential classes from light to dark', () => {
    for (const scheme of sequentialSchemes) {
      const l = classColors(scheme, 5).map((c) => luminance(c.startsWith('#') ? c : rgbToHex(c)));
      for (let i = 1; i < l.length; i++) expect(l[i], scheme).toBeLessThan(l[i - 1]!);
    }
  });

  it('uses the ColorBrewer YlGnBu colours', () => {
    expect(classColors('YlGnBu', 3)).toEqual(['#edf8b1', '#7fcdbb', '#2c7fb8']);
  });
});

describe('missing-data styles', () => {
  it('differ from each other and from every class colour of the default schemes', () => {
    const all = [...classColors('YlGnBu', 9), ...classColors('PuOr', 9), ...categoricalColors].map((c) =>
      c.toLowerCase(),
    );
    expect(missingStyles.no_data.fill).not.toBe(missingStyles.insufficient.fill);
    expect(all).not.toContain(missingStyles.no_data.fill.toLowerCase());
    expect(missingStyles.insufficient.fill).toMatch(/^url\(#/);
  });
});

describe('inkFor', () => {
  it('chooses the label ink with at least 4.5:1 contrast on every default class colour', () => {
    for (const fill of [...classColors('YlGnBu', 7), ...categoricalColors]) {
      expect(contrastRatio(fill, inkFor(fill)), fill).toBeGreaterThanOrEqual(4.5);
    }
  });
});

function rgbToHex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return '#' + [r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('');
}
