// Standalone SVG, PNG and CSV of every graphic, from the fixture aggregates.
import { join } from 'node:path';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../../src/lib/site/data.ts';
import { embedGraphics } from '../../../src/lib/embed/graphics.ts';
import { standaloneParts, ogParts } from '../../../src/lib/embed/parts.ts';
import { composeStandalone } from '../../../src/lib/embed/standalone.ts';
import { composeOg } from '../../../src/lib/embed/og.ts';
import { pngSize, renderPng } from '../../../src/lib/embed/png.ts';
import { graphicCsv } from '../../../src/lib/embed/csv.ts';

const root = join(import.meta.dirname, '../../..');
const data = readSiteData(join(root, 'tests/fixtures/generated'));
const graphics = embedGraphics(data.codebook);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe.each(graphics.map((g) => [g.id, g] as const))('%s', (_id, graphic) => {
  const svg = composeStandalone(
    standaloneParts(graphic, { ...data, dataset: { ...data.dataset, illustrative: true } }, 'uk', 'https://x.org/#s'),
  );

  it('is well-formed standalone SVG: namespace, size, no CSS variables, no external references', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parser.parse(svg).svg;
    expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.width)).toBe(800);
    expect(Number(root.height)).toBeGreaterThan(200);
    expect(root['font-family']).toMatch(/^'Noto Sans', .*sans-serif$/);
    expect(svg).not.toMatch(/var\(--|<style|class="uamap|href="(?!#)|xlink:href="(?!#)|url\((?!#)/);
  });

  it('carries the title, the source and the illustrative notice', () => {
    expect(svg).toContain(`<title id="graphic-title">`);
    expect(svg).toContain('Джерело');
    expect(svg).toContain('Ілюстративні дані');
  });

  it('renders to PNG at 2×', () => {
    const png = renderPng(svg, 2);
    const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
    expect(pngSize(png)).toEqual({ width: 1600, height: height * 2 });
  });

  it('has a CSV with the numbers the JSON holds', () => {
    const rows = Papa.parse<Record<string, string>>(graphicCsv(graphic, data), {
      header: true,
      skipEmptyLines: true,
    }).data;
    if (graphic.kind === 'map') {
      expect(rows).toHaveLength(data.oblasts.length);
      for (const o of data.oblasts) {
        const row = rows.find((r) => r.iso === o.iso)!;
        const v = o.metrics[graphic.subject]?.value ?? null;
        expect(row[graphic.subject]).toBe(v === null ? '' : String(v));
      }
    } else {
      const stat = data.national.questions[graphic.subject]!;
      const question = data.codebook.questions.find((q) => q.id === graphic.subject)!;
      expect(rows.map((r) => r.code)).toEqual(question.options.map((o) => o.code));
      for (const r of rows) {
        expect(Number(r.count)).toBe(stat.options[r.code!]!.count);
        expect(r.share).toBe(String(stat.options[r.code!]!.share ?? ''));
      }
    }
  });
});

describe('Open Graph image', () => {
  it('is 1200×630 for the report and for a graphic', () => {
    expect(pngSize(renderPng(composeOg(ogParts(null, data, 'en')), 1))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(renderPng(composeOg(ogParts(graphics.at(-1)!, data, 'uk')), 1))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});

describe('pngSize', () => {
  it('refuses what is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(40))).toThrow(/not a PNG/);
  });
});
