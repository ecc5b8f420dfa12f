// Every character a downloaded graphic can print exists in the fonts its PNG is drawn
// with: a missing glyph renders as an empty box ("Волинська ▯" from a "≈"). The strings
// are everything the standalone SVG/PNG and social cards of every graphic print, in both
// languages, with and without the illustrative notice, plus every name, code, label and
// map message that other data could bring onto them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../../src/site/data.ts';
import { embedGraphics } from '../../../src/site/graphics.ts';
import { standaloneParts, ogParts } from '../../../src/site/embed/parts.ts';
import { composeStandalone } from '../../../src/site/embed/standalone.ts';
import { composeOg } from '../../../src/site/embed/og.ts';
import { fontFiles } from '../../../src/site/embed/png.ts';
import { t } from '../../../src/i18n/index.ts';
import type { Lang } from '../../../src/contract/types.ts';

const root = join(import.meta.dirname, '../../..');
const data = readSiteData(join(root, 'tests/fixtures/generated'));
const fonts = fontFiles.map((file) => ({
  file,
  font: create(readFileSync(file)) as { hasGlyphForCodePoint(cp: number): boolean },
}));
const langs: Lang[] = ['uk', 'en'];

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

/** The text of every <text> in an SVG, tags inside (tspan) removed. */
const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/gs)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, '')));

/** Strings in a catalogue section; messages with arguments are called with a sample number. */
function catalogueStrings(section: object): string[] {
  return Object.values(section).flatMap((v): string[] => {
    if (typeof v === 'string') return [v];
    if (typeof v === 'function') return [String((v as (n: number) => unknown)(3))];
    if (v && typeof v === 'object') return catalogueStrings(v);
    return [];
  });
}

function printable(): Map<string, string> {
  const out = new Map<string, string>(); // string → where it comes from
  const add = (where: string, ...texts: string[]) => texts.forEach((s) => out.set(s, where));
  for (const lang of langs) {
    for (const illustrative of [true, false]) {
      const d = { ...data, dataset: { ...data.dataset, illustrative } };
      for (const g of embedGraphics(data.codebook)) {
        add(`${g.id}.svg (${lang})`, ...svgTexts(composeStandalone(standaloneParts(g, d, lang, 'https://x.org/#s'))));
        add(`og ${g.id} (${lang})`, ...svgTexts(composeOg(ogParts(g, d, lang))));
      }
      add(`og report (${lang})`, ...svgTexts(composeOg(ogParts(null, d, lang))));
    }
    for (const u of data.registry)
      add(
        `data/oblasts.json ${u.iso}`,
        u[`name_${lang}`],
        u[`short_${lang}`],
        u.map_code[lang],
        u[`map_abbr_${lang}`] ?? '',
      );
    for (const q of data.codebook.questions)
      add(`codebook ${q.id}`, q.label[lang], ...q.options.map((o) => o.label[lang]));
    for (const m of data.codebook.metrics) add(`codebook ${m.id}`, m.label[lang]);
    add(`catalogue site.map (${lang})`, ...catalogueStrings(t(lang).site.map));
    add(`catalogue site.embed (${lang})`, ...catalogueStrings(t(lang).site.embed));
  }
  return out;
}

describe('glyphs in downloads', () => {
  const strings = printable();

  it('collects the strings the graphics print', () => {
    expect(strings.size).toBeGreaterThan(200);
    expect([...strings.keys()].some((s) => s.includes('Вінницька'))).toBe(true);
  });

  it.each(fonts.map((f) => [f.file.split('/').at(-1)!, f.font] as const))('%s covers every character', (_, font) => {
    const missing: string[] = [];
    for (const [text, where] of strings)
      for (const ch of new Set(text))
        if (!/\s/u.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!))
          missing.push(
            `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} «${ch}» in «${text}» (${where})`,
          );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('would catch the ≈ that showed as an empty box', () => {
    expect(fonts.every(({ font }) => font.hasGlyphForCodePoint(0x2248))).toBe(false);
  });
});
