// Every internal URL goes through here so the site works at a domain root and
// under a BASE_PATH subpath alike.
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** '/en/methodology/' → '<base>/en/methodology/' */
export function withBase(path: string): string {
  return base + (path.startsWith('/') ? path : '/' + path);
}
