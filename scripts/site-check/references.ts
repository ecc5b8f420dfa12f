// What a page points at, sorted by what the browser does with it: resources are
// fetched as the page loads, navigations only when a reader follows them, metadata
// is read by crawlers and social cards.
import { allElements, attr, rawText, type HtmlDoc, type HtmlElement } from './html.ts';

type RefKind = 'resource' | 'navigation' | 'metadata';

export interface Reference {
  url: string;
  kind: RefKind;
  /** Where it was found, e.g. `<img src>`; for messages. */
  where: string;
}

const LOADED_LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'shortcut',
  'apple-touch-icon',
  'mask-icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
]);
const META_LINK_RELS = new Set(['canonical', 'alternate', 'sitemap', 'license', 'author', 'help', 'search']);
const URL_META = /^(og:(url|image|image:url|image:secure_url|audio|video)|twitter:image(:src)?)$/i;

function parseSrcset(srcset: string): string[] {
  return srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .filter((u): u is string => Boolean(u));
}

export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g))
    out.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) out.push(m[1] ?? m[2] ?? '');
  return out.filter((u) => u.length > 0);
}

function elementReferences(el: HtmlElement): Reference[] {
  const out: Reference[] = [];
  const add = (name: string, kind: RefKind): void => {
    const value = attr(el, name);
    if (value !== undefined) out.push({ url: value.trim(), kind, where: `<${el.name} ${name}>` });
  };
  const addSrcset = (): void => {
    const value = attr(el, 'srcset');
    if (value) for (const url of parseSrcset(value)) out.push({ url, kind: 'resource', where: `<${el.name} srcset>` });
  };
  switch (el.name) {
    case 'a':
    case 'area':
      add('href', 'navigation');
      break;
    case 'form':
      add('action', 'navigation');
      break;
    case 'link': {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => LOADED_LINK_RELS.has(r))) add('href', 'resource');
      else if (rels.some((r) => META_LINK_RELS.has(r))) add('href', 'metadata');
      else add('href', 'resource'); // unknown rels are treated strictly
      break;
    }
    case 'meta': {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? '';
      if (URL_META.test(key)) add('content', 'metadata');
      break;
    }
    case 'script':
    case 'iframe':
    case 'embed':
    case 'track':
    case 'audio':
    case 'input':
      add('src', 'resource');
      break;
    case 'img':
    case 'source':
      add('src', 'resource');
      addSrcset();
      break;
    case 'video':
      add('src', 'resource');
      add('poster', 'resource');
      break;
    case 'object':
      add('data', 'resource');
      break;
    case 'use':
    case 'image':
    case 'feimage':
      add('href', 'resource');
      add('xlink:href', 'resource');
      break;
    case 'style':
      for (const url of cssUrls(rawText(el))) out.push({ url, kind: 'resource', where: '<style> url()' });
      break;
  }
  const style = attr(el, 'style');
  if (style) for (const url of cssUrls(style)) out.push({ url, kind: 'resource', where: `<${el.name} style> url()` });
  return out;
}

export function pageReferences(doc: HtmlDoc): Reference[] {
  return allElements(doc).flatMap(elementReferences);
}
