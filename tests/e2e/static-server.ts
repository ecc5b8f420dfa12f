// A minimal static host for built sites: serves each directory under its URL prefix
// (so a BASE_PATH build can be served at /sub/path/), redirects directory URLs to the
// trailing-slash form like common hosts do, and answers 404 with the site's 404 page.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface Mount {
  /** URL prefix with leading and trailing slash. */
  prefix: string;
  dir: string;
}

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

export async function startStaticServer(mounts: Mount[]): Promise<RunningServer> {
  // Longest prefix first so /sub/path/ wins over /.
  const ordered = mounts
    .map((m) => ({ ...m, dir: normalize(m.dir).replace(/[\\/]+$/, '') }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const mount = ordered.find((m) => url.pathname.startsWith(m.prefix));
    const send = (status: number, file?: string): void => {
      const type = file ? (TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
      let body: Buffer | string = file ? readFileSync(file) : 'Not found';
      // Compress text like every real static host does, so Lighthouse sees real transfer sizes.
      const gzip =
        /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) body = gzipSync(body);
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(body);
    };
    if (!mount) return send(404);
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice(mount.prefix.length));
    } catch {
      return send(400);
    }
    const target = normalize(join(mount.dir, rel));
    if (!(target + sep).startsWith(mount.dir + sep)) return send(403);
    if (isFile(target) && !url.pathname.endsWith('/')) return send(200, target);
    if (isFile(join(target, 'index.html'))) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      return send(200, join(target, 'index.html'));
    }
    const notFound = join(mount.dir, '404.html');
    return isFile(notFound) ? send(404, notFound) : send(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
