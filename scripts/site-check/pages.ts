// Every HTML file in a build is a page to check, so new pages are covered without
// anyone listing them.
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path relative to the site base, e.g. "/", "/en/methodology/", "/404.html". */
  route: string;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

function routeOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** The editors' admin (dist/admin/, scripts/build-admin.ts) is no reader page: tests/e2e/admin.test.ts covers it. */
const adminRoute = '/admin/';

/**
 * Whether an HTML file is one of the static redirect pages Astro writes for the config's
 * `redirects` (old /communities/ua-46/ → /oblasts/ua-46/): a refresh and a canonical link, no page.
 */
export function isRedirectPage(file: string): boolean {
  // Only the start is read: the test needs 300 bytes, and a report page is 400 KB.
  const head = Buffer.alloc(300);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return /^<!doctype html><title>Redirecting to: [^<]*<\/title><meta http-equiv="refresh"/i.test(
    head.subarray(0, n).toString('utf8'),
  );
}

/** The reader pages of a build: every HTML file but the admin's and the redirect pages. */
export function discoverPages(distDir: string): BuiltPage[] {
  return listFiles(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, route: routeOf(distDir, file) }))
    .filter((p) => !p.route.startsWith(adminRoute) && !isRedirectPage(p.file));
}

export type PageKind = 'report' | 'profile' | 'embed' | 'other';

export function pageKind(route: string): PageKind {
  if (route === '/' || route === '/en/') return 'report';
  if (/^\/(en\/)?oblasts\/ua-\d\d\/$/.test(route)) return 'profile';
  if (/^\/(en\/)?embed\//.test(route)) return 'embed';
  return 'other';
}

/** Report pages that exist in one language only (Ukrainian at the root, English under /en/). */
export function missingTwins(routes: string[]): string[] {
  const set = new Set(routes);
  const pages = routes.filter((r) => r.endsWith('/'));
  const twin = (r: string): string => (r.startsWith('/en/') ? r.slice(3) : `/en${r}`);
  return pages.filter((r) => !set.has(twin(r))).map((r) => `${r} has no twin at ${twin(r)}`);
}
