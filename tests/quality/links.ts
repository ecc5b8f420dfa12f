// Link policy for a built page:
// - every resource is local (same build) and exists; no third-party fetches, ever;
// - internal navigations and metadata URLs resolve to a built file (and #fragment ids exist);
// - metadata (canonical, hreflang, og:*) may use the configured site origin, resources may not
//   (they would load from production while the page is previewed elsewhere);
// - <a href> to another site is allowed only over https: a reader's click, not a request the
//   page makes (e.g. attribution to Natural Earth). Nothing else may be absolute.
import { readFileSync } from 'node:fs';
import { allElements, attr, parseHtml } from '../../scripts/site-check/html.ts';
import { cssUrls, pageReferences, type Reference } from '../../scripts/site-check/references.ts';
import { resolveUrl, type SiteLayout } from '../../scripts/site-check/resolve.ts';
import { relative } from 'node:path';

const idCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set<string>();
    for (const el of allElements(parseHtml(readFileSync(file, 'utf8')))) {
      const id = attr(el, 'id') ?? (el.name === 'a' ? attr(el, 'name') : undefined);
      if (id !== undefined) ids.add(id);
    }
    idCache.set(file, ids);
  }
  return ids;
}

function referenceProblem(layout: SiteLayout, fromPath: string, ref: Reference): string | undefined {
  const r = resolveUrl(layout, fromPath, ref.url);
  const label = `${ref.where} "${ref.url}"`;
  switch (r.type) {
    case 'error':
      return `${label}: ${r.reason}`;
    case 'special':
      if (r.scheme === 'javascript') return `${label}: javascript: URLs are forbidden`;
      if (r.scheme === 'data' && ref.kind === 'resource') return undefined;
      if ((r.scheme === 'mailto' || r.scheme === 'tel') && ref.kind === 'navigation') return undefined;
      return `${label}: scheme ${r.scheme}: not allowed here`;
    case 'external':
      if (ref.kind === 'navigation' && r.url.protocol === 'https:') return undefined;
      if (ref.kind === 'navigation') return `${label}: external links must use https`;
      return `${label}: ${ref.kind} points to another origin (${r.url.origin})`;
    case 'local': {
      if (ref.kind === 'resource' && /^(https?:)?\/\//i.test(ref.url)) {
        return `${label}: resources must be referenced by path, not by the site's absolute URL`;
      }
      if (r.fragment && r.fragment !== 'top' && r.file.endsWith('.html') && !idsOf(r.file).has(r.fragment)) {
        return `${label}: no element with id "${r.fragment}" in ${relative(layout.distDir, r.file)}`;
      }
      return undefined;
    }
  }
}

/** @param pagePath URL path of the page including the base, e.g. "/sub/path/en/". */
export function pageLinkProblems(layout: SiteLayout, pagePath: string, html: string): string[] {
  return pageReferences(parseHtml(html))
    .map((ref) => referenceProblem(layout, pagePath, ref))
    .filter((p): p is string => p !== undefined);
}

/** @param cssPath URL path of the stylesheet including the base. */
export function cssLinkProblems(layout: SiteLayout, cssPath: string, css: string): string[] {
  return cssUrls(css)
    .map((url) => referenceProblem(layout, cssPath, { url, kind: 'resource', where: 'CSS url()' }))
    .filter((p): p is string => p !== undefined);
}
