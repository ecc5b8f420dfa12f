import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { budgetProblems, gzipSize, pageWeight, staticImports } from '../../../scripts/site-check/budgets.ts';
import { formatSizeTable } from '../../quality/size-table.ts';
import { fixtureSite, page } from './fixture-site.ts';

// Random bytes do not compress, so their gzip size is known to within a few dozen bytes.
const noise = (kb: number): string => randomBytes(kb * 1024).toString('base64');

const site = fixtureSite({
  '_astro/app.js': 'import{a}from"./chunk.js";a()',
  '_astro/chunk.js': `export const a=()=>"${noise(5)}"`,
  '_astro/s.css': '@font-face{src:url(../fonts/f.woff2)}',
  'fonts/f.woff2': randomBytes(40 * 1024),
});
afterAll(site.cleanup);
const layout = { distDir: site.dir, base: '/', siteOrigin: 'https://site.example' };
const head = '<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/app.js"></script>';

describe('pageWeight', () => {
  it('follows scripts, their static imports, stylesheets and fonts', () => {
    const w = pageWeight(layout, '/embed/map/', page('<h1>x</h1>', head));
    expect(w.kind).toBe('embed');
    expect(w.assets.map((a) => a.file.slice(site.dir.length))).toEqual([
      '/_astro/s.css',
      '/fonts/f.woff2',
      '/_astro/app.js',
      '/_astro/chunk.js',
    ]);
    expect(w.bytes.font).toBeGreaterThan(40 * 1024);
    expect(w.bytes.js).toBeGreaterThan(5 * 1024);
    expect(w.total).toBe(w.bytes.html + w.assets.reduce((s, a) => s + a.gzip, 0));
  });

  it('does not count same-document references such as <use href="#id">', () => {
    const w = pageWeight(
      layout,
      '/',
      page('<h1>x</h1><svg><defs><path id="o" d="M0 0"/></defs><use href="#o"/></svg>'),
    );
    expect(w.assets).toEqual([]);
    expect(w.total).toBe(w.bytes.html);
  });

  it('counts inline scripts as JS', () => {
    const w = pageWeight(
      layout,
      '/',
      page(`<h1>x</h1><script>var x="${noise(3)}"</script><script type="application/ld+json">{}</script>`),
    );
    expect(w.bytes.js).toBeGreaterThan(3 * 1024);
    expect(w.bytes.js).toBeLessThan(w.bytes.html);
  });
});

describe('budgetProblems', () => {
  it('passes a light page and fails an embed over its total and JS budgets', () => {
    expect(budgetProblems(pageWeight(layout, '/', page('<h1>x</h1>')))).toEqual([]);
    const heavy = pageWeight(layout, '/en/embed/map/', page(`<h1>x</h1><script>var x="${noise(2)}"</script>`, head));
    expect(budgetProblems(heavy)).toEqual([
      expect.stringMatching(/^\/en\/embed\/map\/: [\d.]+ KB total exceeds the embed budget of 35\.0 KB$/),
      expect.stringMatching(/^\/en\/embed\/map\/: [\d.]+ KB of JS exceeds the embed budget of 6\.0 KB$/),
    ]);
  });

  it('fails a page that loads something that is not in the build', () => {
    const w = pageWeight(layout, '/about/', page('<h1>x</h1><img src="/missing.png" alt="">'));
    expect(budgetProblems(w)).toEqual(['/about/: loads /missing.png, which is not a local file']);
  });
});

describe('helpers', () => {
  it('gzipSize is deterministic', () => {
    expect(gzipSize('aaaa'.repeat(1000))).toBe(gzipSize('aaaa'.repeat(1000)));
  });

  it('staticImports finds minified imports but not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";import("./lazy.js")')).toEqual([
      './x.js',
      './y.js',
      './z.js',
    ]);
  });

  it('formatSizeTable marks pages over budget', () => {
    const light = pageWeight(layout, '/', page('<h1>x</h1>'));
    const heavy = pageWeight(layout, '/embed/map/', page('<h1>x</h1>', head));
    const table = formatSizeTable([light, heavy]);
    expect(table).toMatch(/^\/\s+report .* ok$/m);
    expect(table).toMatch(/^\/embed\/map\/\s+embed .* OVER$/m);
  });
});
