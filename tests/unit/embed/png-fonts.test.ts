// The cut-down fonts (src/site/embed/fonts/, scripts/subset-fonts.ts) draw exactly what the
// full Noto Sans files draw: the same PNG bytes for a download and a social card of every kind
// of graphic, in both languages. glyphs.test.ts checks that every character the images can
// print is in them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../../src/site/data.ts';
import { embedGraphics } from '../../../src/site/graphics.ts';
import { ogParts, standaloneParts } from '../../../src/site/embed/parts.ts';
import { composeStandalone } from '../../../src/site/embed/standalone.ts';
import { composeOg } from '../../../src/site/embed/og.ts';
import { FONT_WEIGHTS } from '../../../src/site/embed/fonts.ts';
import { fontFiles, renderPng } from '../../../src/site/embed/png.ts';
import type { Lang } from '../../../src/contract/types.ts';

const root = join(import.meta.dirname, '../../..');
const require = createRequire(join(root, 'package.json'));
/** The full fonts they are cut from, in FONT_WEIGHTS order. */
const fullFonts = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];
const data = readSiteData(join(root, 'tests/fixtures/generated'));
const graphics = embedGraphics(data.codebook);
/** One graphic of each kind (map, bar chart, ranking…). */
const samples = [...new Map(graphics.map((g) => [g.kind, g])).values()];

interface FontNames {
  familyName: string;
  subfamilyName: string;
  postscriptName: string;
}
const names = (file: string) => {
  const f = create(readFileSync(file)) as unknown as FontNames;
  return { family: f.familyName, subfamily: f.subfamilyName, postscript: f.postscriptName };
};

describe('cut-down PNG fonts', () => {
  it('are the files the renders use, each far smaller than the full font', () => {
    expect(fontFiles).toHaveLength(FONT_WEIGHTS.length);
    fullFonts.forEach((file, i) => expect(file).toContain(FONT_WEIGHTS[i]));
    fontFiles.forEach((file, i) => {
      expect(file).toMatch(/src\/site\/embed\/fonts\/NotoSans_\w+\.subset\.ttf$/);
      expect(readFileSync(file).length).toBeLessThan(readFileSync(fullFonts[i]!).length / 4);
    });
  });

  it('keep the family and style names the SVGs ask for', () => {
    fontFiles.forEach((file, i) => expect(names(file)).toEqual(names(fullFonts[i]!)));
  });

  it('draw font-weight 600 with the SemiBold face, not Bold (name records kept)', () => {
    const text = (weight: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="20" font-weight="${weight}">Вінниця 59 %</text></svg>`;
    const [regular, semibold, bold] = [400, 600, 700].map((w) => Buffer.from(renderPng(text(w), 1)));
    expect(semibold.equals(bold)).toBe(false);
    expect(semibold.equals(regular)).toBe(false);
    expect(semibold.equals(Buffer.from(renderPng(text(600), 1, fullFonts)))).toBe(true);
  });

  const cases = (['uk', 'en'] as Lang[]).flatMap((lang) =>
    samples.flatMap((g) => [
      [`${g.id} download (${lang})`, composeStandalone(standaloneParts(g, data, lang, 'https://x.org/#s')), 2] as const,
      [`${g.id} social card (${lang})`, composeOg(ogParts(g, data, lang)), 1] as const,
    ]),
  );
  it.each(cases)('%s: the same PNG as with the full fonts', (_, svg, scale) => {
    expect(Buffer.from(renderPng(svg, scale)).equals(Buffer.from(renderPng(svg, scale, fullFonts)))).toBe(true);
  });
});
