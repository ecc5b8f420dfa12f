// Maps a URL found in the build to the file a static host would serve for it.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Resolution =
  | { type: 'local'; file: string; fragment: string }
  | { type: 'external'; url: URL }
  | { type: 'special'; scheme: string }
  | { type: 'error'; reason: string };

export interface SiteLayout {
  distDir: string;
  /** Base path with leading and trailing slash, e.g. "/" or "/sub/path/". */
  base: string;
  /** Configured canonical origin, e.g. "https://smart-survey.example.org". */
  siteOrigin: string;
}

const LOCAL = 'http://build.invalid';

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** `decodeURIComponent`, or undefined for a malformed escape such as "%E0" (it would throw). */
function decoded(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * @param fromPath the URL path of the document holding the URL, including the base
 *   (e.g. "/sub/path/en/" or "/_astro/x.css").
 */
export function resolveUrl(layout: SiteLayout, fromPath: string, raw: string): Resolution {
  const url = raw.trim();
  if (url === '') return { type: 'error', reason: 'empty URL' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { type: 'special', scheme };
  let parsed: URL;
  try {
    parsed = new URL(url, LOCAL + fromPath);
  } catch {
    return { type: 'error', reason: 'unparseable URL' };
  }
  const ownOrigin = parsed.origin === LOCAL || parsed.origin === layout.siteOrigin;
  if (!ownOrigin) return { type: 'external', url: parsed };
  const pathname = parsed.pathname;
  if (!pathname.startsWith(layout.base)) {
    return { type: 'error', reason: `path ${pathname} is outside the base ${layout.base}` };
  }
  const rel = decoded(pathname.slice(layout.base.length));
  if (rel === undefined) return { type: 'error', reason: `malformed percent-encoding in the path ${pathname}` };
  const fragment = decoded(parsed.hash.slice(1));
  if (fragment === undefined)
    return { type: 'error', reason: `malformed percent-encoding in the fragment ${parsed.hash}` };
  const direct = join(layout.distDir, rel);
  if (rel === '' || rel.endsWith('/')) {
    const index = join(direct, 'index.html');
    return isFile(index)
      ? { type: 'local', file: index, fragment }
      : { type: 'error', reason: `no file for ${pathname}` };
  }
  if (isFile(direct)) return { type: 'local', file: direct, fragment };
  if (isFile(join(direct, 'index.html'))) {
    return { type: 'error', reason: `${pathname} lacks the trailing slash the site uses (trailingSlash: always)` };
  }
  return { type: 'error', reason: `no file for ${pathname}` };
}
