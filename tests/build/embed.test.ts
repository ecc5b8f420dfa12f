// Every embed page and download in the built site exists and is valid.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import codebook from '../../data/codebook.json' with { type: 'json' };
import type { Codebook } from '../../src/contract/types.ts';
import { embedGraphics } from '../../src/site/graphics.ts';
import { pngSize } from '../../src/site/embed/png.ts';
import { e2e } from '../e2e/context.ts';
import { projectRoot } from '../e2e/build-site.ts';
import { isIllustrative } from './site.ts';
import { readSiteData } from '../../src/site/data.ts';

const ctx = e2e();
const dist = ctx.distDir;
const graphics = embedGraphics(codebook as Codebook);
// Both files from one published set, as the site build reads them.
const { oblasts, national } = readSiteData(join(projectRoot, 'data/generated'));
const cases = graphics.flatMap((g) =>
  (['uk', 'en'] as const).map((lang) => ({
    id: g.id,
    g,
    lang,
    dir: join(dist, lang === 'uk' ? '' : 'en', 'embed', g.id),
  })),
);

describe.each(cases)('$lang $id', ({ g, lang, dir }) => {
  it('has an embed page with the graphic, the notice while it applies and a link to its report section', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain(`data-embed="${g.id}"`);
    expect(html.includes('data-illustrative-notice')).toBe(isIllustrative());
    const link = new RegExp(
      `<a href="[^"]*${lang === 'en' ? '/en/' : '/'}#([a-z][a-z0-9-]*)" target="_blank" rel="noopener"`,
    ).exec(html);
    expect(link).not.toBeNull();
    const report = readFileSync(join(dist, lang === 'en' ? 'en' : '', 'index.html'), 'utf8');
    expect(report).toContain(`id="${link![1]}"`);
    expect(html).not.toMatch(/site-header|site-nav/);
    expect(html).not.toMatch(/\son[a-z]+="|\sstyle="/);
  });

  it('has a standalone SVG that parses and a PNG at twice its size', () => {
    const svg = readFileSync(join(dir, 'graphic.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const [, w, h] = /<svg[^>]*\swidth="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(pngSize(readFileSync(join(dir, 'graphic.png')))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
  });

  it('has an Open Graph image of 1200×630', () => {
    expect(pngSize(readFileSync(join(dist, 'og', `${g.id}-${lang}.png`)))).toEqual({ width: 1200, height: 630 });
  });
});

describe.each(graphics)('$id CSV', (g) => {
  it('matches the generated JSON', () => {
    const text = readFileSync(join(dist, 'embed', g.id, 'data.csv'), 'utf8');
    expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
    expect(text.includes('data_notice')).toBe(isIllustrative());
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    if (g.kind !== 'bar') {
      expect(rows.map((r) => r.iso)).toEqual(oblasts.map((o) => o.iso));
      const metric = (codebook as Codebook).metrics.find((m) => m.id === g.subject)!;
      const column =
        metric.format === 'percent'
          ? `${g.subject}_percent`
          : metric.format === 'category'
            ? `${g.subject}_code`
            : g.subject;
      const shown = (v: number | string | null | undefined) =>
        v === null || v === undefined
          ? ''
          : metric.format === 'percent'
            ? String(Math.round(Number(v) * 1000) / 10)
            : typeof v === 'number'
              ? String(Math.round(v * 10) / 10)
              : v;
      rows.forEach((r, i) => expect(r[column]).toBe(shown(oblasts[i]!.metrics[g.subject]?.value)));
    } else {
      for (const r of rows) expect(Number(r.count)).toBe(national.questions[g.subject]!.options[r.code!]!.count);
    }
  });
});

describe('site-wide files', () => {
  it('says in every data download whether the data are illustrative', () => {
    for (const file of ['data/oblasts.json', 'data/national.json', 'data/codebook.json']) {
      const json = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { illustrative: boolean; notice?: string };
      expect(json.illustrative, file).toBe(isIllustrative());
      expect(Boolean(json.notice), file).toBe(isIllustrative());
    }
    const csv = readFileSync(join(dist, 'data/oblasts.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(new Set(header).size).toBe(header.length);
    expect(header).not.toContain('rank');
    expect(header.includes('data_notice')).toBe(isIllustrative());
  });

  it('serves the report Open Graph images and the resizer script', () => {
    for (const lang of ['uk', 'en'])
      expect(pngSize(readFileSync(join(dist, 'og', `report-${lang}.png`)))).toEqual({ width: 1200, height: 630 });
    const js = readFileSync(join(dist, 'embed', 'resize.js'), 'utf8');
    expect(js).toContain('smart-survey:embed-height');
    expect(js.length).toBeLessThan(4000);
  });
  it('has a press kit in both languages listing every graphic', () => {
    for (const page of ['press/index.html', 'en/press/index.html']) {
      expect(existsSync(join(dist, page))).toBe(true);
      const html = readFileSync(join(dist, page), 'utf8');
      for (const g of graphics) expect(html).toContain(`data-graphic="${g.id}"`);
    }
  });
});
