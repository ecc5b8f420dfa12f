// Standalone SVG, PNG and CSV of every graphic, from the fixture aggregates.
import { join } from 'node:path';
import Papa from 'papaparse';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readSiteData } from '../../../src/site/data.ts';
import { embedGraphics } from '../../../src/site/graphics.ts';
import { standaloneParts, ogParts } from '../../../src/site/embed/parts.ts';
import { composeStandalone } from '../../../src/site/embed/standalone.ts';
import { composeOg } from '../../../src/site/embed/og.ts';
import { pngSize, renderPng } from '../../../src/site/embed/png.ts';
import { graphicCsv } from '../../../src/site/embed/csv.ts';

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

  it('has a CSV with the numbers the JSON holds, as a reader writes them, the notice on every row', () => {
    const illustrative = { ...data, dataset: { ...data.dataset, illustrative: true } };
    const text = graphicCsv(graphic, illustrative);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    const rows = parsed.data;
    const header = parsed.meta.fields!;
    expect(new Set(header).size).toBe(header.length);
    expect(header[0]).toBe('data_notice');
    for (const r of rows) expect(r.data_notice).toMatch(/^Ілюстративні дані: .* \/ Illustrative data: /);
    // No column left empty in every row (interval columns of a metric without intervals).
    for (const h of header)
      expect(
        rows.some((r) => r[h] !== ''),
        h,
      ).toBe(true);
    if (graphic.kind !== 'bar') {
      const metric = data.codebook.metrics.find((m) => m.id === graphic.subject)!;
      expect(header).not.toContain('rank');
      // the ranking's file has the ranks and the ranks each interval allows
      if (graphic.kind === 'ranking') expect(header).toContain(`${metric.id}_rank_best`);
      expect(rows).toHaveLength(data.oblasts.length);
      for (const o of data.oblasts) {
        const row = rows.find((r) => r.iso === o.iso)!;
        const v = o.metrics[graphic.subject]?.value ?? null;
        if (metric.format === 'percent')
          expect(row[`${metric.id}_percent`]).toBe(v === null ? '' : String(Math.round(Number(v) * 1000) / 10));
        else if (metric.format === 'category') {
          expect(row[`${metric.id}_code`]).toBe(v === null ? '' : String(v));
          const option = data.codebook.questions
            .find((q) => q.id === metric.question)!
            .options.find((x) => x.code === v);
          expect(row[`${metric.id}_uk`]).toBe(option?.label.uk ?? '');
        } else expect(row[metric.id]).toBe(v === null ? '' : String(Math.round(Number(v) * 10) / 10));
      }
    } else {
      const stat = data.national.questions[graphic.subject]!;
      const question = data.codebook.questions.find((q) => q.id === graphic.subject)!;
      expect(rows.map((r) => r.code)).toEqual(question.options.map((o) => o.code));
      for (const r of rows) {
        expect(Number(r.count)).toBe(stat.options[r.code!]!.count);
        const share = stat.options[r.code!]!.share;
        expect(r.share_percent).toBe(share === null ? '' : String(Math.round(share * 1000) / 10));
        expect(r.label_uk).toBe(question.options.find((o) => o.code === r.code)!.label.uk);
      }
    }
  });

  it('has no notice column once the data are the real survey’s', () => {
    const real = { ...data, dataset: { ...data.dataset, illustrative: false } };
    expect(graphicCsv(graphic, real)).not.toContain('data_notice');
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

describe('labels and legends in the files people share', () => {
  it('gives every text on a standalone map a halo (Київ over a dark fill stays legible)', () => {
    const map = graphics.find((g) => g.kind === 'map')!;
    const svg = composeStandalone(standaloneParts(map, data, 'uk'));
    const mapGroup = /<g transform="translate[^>]*scale[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    const texts = [...mapGroup.matchAll(/<text [^>]*>/g)].map((m) => m[0]);
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) expect(t).toMatch(/paint-order="stroke"/);
    expect(mapGroup).toMatch(/<text [^>]*stroke="#ffffff"[^>]*>Київ<\/text>/);
  });

  it('puts the map legend on a map’s social image', () => {
    const map = graphics.find((g) => g.kind === 'map')!;
    const og = composeOg(ogParts(map, data, 'uk'));
    const model = standaloneParts(map, data, 'uk').legend!;
    for (const e of model) expect(og).toContain(`>${e.label.replace(/&/g, '&amp;')}</text>`);
  });
});
