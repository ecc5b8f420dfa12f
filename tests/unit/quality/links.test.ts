import { afterAll, describe, expect, it } from 'vitest';
import { cssLinkProblems, pageLinkProblems } from '../../quality/links.ts';
import { resolveUrl } from '../../../scripts/site-check/resolve.ts';
import { fixtureSite, page } from './fixture-site.ts';

const site = fixtureSite({
  'index.html': page('<h1 id="top-figures">x</h1>'),
  'en/index.html': page('<h1 id="strategy">x</h1>'),
  'дані/index.html': page('<h1>x</h1>'),
  '_astro/a.css': 'body{background:url(../img/bg.png)}',
  '_astro/a.js': 'console.log(1)',
  'img/bg.png': 'png',
  'img/map@2x.png': 'png',
});
afterAll(site.cleanup);
const root = { distDir: site.dir, base: '/', siteOrigin: 'https://site.example' };
const sub = { ...root, base: '/sub/path/' };

describe('resolveUrl', () => {
  it('maps directory URLs, relative URLs and percent-encoded paths to files', () => {
    expect(resolveUrl(root, '/en/', '../').type).toBe('local');
    expect(resolveUrl(root, '/', '/%D0%B4%D0%B0%D0%BD%D1%96/').type).toBe('local');
    expect(resolveUrl(sub, '/sub/path/en/', '../_astro/a.js?v=1#x').type).toBe('local');
  });

  it('reports missing files, missing trailing slashes and paths outside the base', () => {
    expect(resolveUrl(root, '/', '/nope/')).toEqual({ type: 'error', reason: 'no file for /nope/' });
    expect(resolveUrl(root, '/', '/en')).toMatchObject({
      type: 'error',
      reason: expect.stringContaining('trailing slash'),
    });
    expect(resolveUrl(sub, '/sub/path/', '/en/')).toEqual({
      type: 'error',
      reason: 'path /en/ is outside the base /sub/path/',
    });
  });
});

describe('pageLinkProblems', () => {
  it('accepts local resources, resolvable links, own-site metadata and https anchors', () => {
    const html = page(
      `<h1>x</h1><a href="/en/#strategy">en</a><a href="#top">top</a><a href="https://www.naturalearthdata.com/">NE</a>
       <img src="/img/bg.png" srcset="/img/bg.png 1x, /img/map@2x.png 2x" alt=""><script type="module" src="/_astro/a.js"></script>
       <a href="mailto:info@example.org">mail</a><img src="data:image/png;base64,AA==" alt="">`,
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://site.example/en/"><meta property="og:image" content="https://site.example/img/bg.png">',
    );
    expect(pageLinkProblems(root, '/', html)).toEqual([]);
  });

  it('rejects broken links, missing fragments, third-party resources and javascript: URLs', () => {
    const html = page(
      `<h1>x</h1><a href="/methodology/">m</a><a href="/en/#nowhere">f</a><img src="/img/missing.png" alt="">
       <script src="https://cdn.example.com/d3.js"></script><a href="javascript:alert(1)">j</a><a href="http://example.com/">h</a>
       <img srcset="/img/bg.png 1x, /img/gone@2x.png 2x" alt="">`,
      '<link rel="icon" href="https://site.example/img/bg.png"><link rel="canonical" href="https://elsewhere.example/">',
    );
    expect(pageLinkProblems(root, '/', html)).toEqual([
      '<link href> "https://site.example/img/bg.png": resources must be referenced by path, not by the site\'s absolute URL',
      '<link href> "https://elsewhere.example/": metadata points to another origin (https://elsewhere.example)',
      '<a href> "/methodology/": no file for /methodology/',
      '<a href> "/en/#nowhere": no element with id "nowhere" in en/index.html',
      '<img src> "/img/missing.png": no file for /img/missing.png',
      '<script src> "https://cdn.example.com/d3.js": resource points to another origin (https://cdn.example.com)',
      '<a href> "javascript:alert(1)": javascript: URLs are forbidden',
      '<a href> "http://example.com/": external links must use https',
      '<img srcset> "/img/gone@2x.png": no file for /img/gone@2x.png',
    ]);
  });

  it('reports a malformed percent-escape in a path or fragment as a broken link instead of throwing', () => {
    const html = page(
      '<h1 id="top-figures">x</h1><a href="#%E0">f</a><a href="/en/#%E0%A4">g</a><a href="/%E0/">p</a>',
    );
    expect(pageLinkProblems(root, '/', html)).toEqual([
      '<a href> "#%E0": malformed percent-encoding in the fragment #%E0',
      '<a href> "/en/#%E0%A4": malformed percent-encoding in the fragment #%E0%A4',
      '<a href> "/%E0/": malformed percent-encoding in the path /%E0/',
    ]);
  });

  it('in a BASE_PATH build, requires root-relative URLs to carry the base', () => {
    const html = page('<h1>x</h1><a href="/sub/path/en/">ok</a><a href="/en/">bad</a>');
    expect(pageLinkProblems(sub, '/sub/path/', html)).toEqual([
      '<a href> "/en/": path /en/ is outside the base /sub/path/',
    ]);
  });
});

describe('cssLinkProblems', () => {
  it('resolves url() against the stylesheet and rejects remote fonts', () => {
    expect(cssLinkProblems(root, '/_astro/a.css', 'a{background:url(../img/bg.png)}')).toEqual([]);
    expect(cssLinkProblems(root, '/_astro/a.css', "@font-face{src:url('https://fonts.example/f.woff2')}")).toEqual([
      'CSS url() "https://fonts.example/f.woff2": resource points to another origin (https://fonts.example)',
    ]);
  });
});
