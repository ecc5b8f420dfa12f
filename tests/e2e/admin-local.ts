// Sveltia CMS's "work with local repository" in headless Chromium: the folder picker cannot
// be clicked, so window.showDirectoryPicker hands the CMS a folder of the origin-private
// file system, pre-filled with a copy of content/ (and the .git/HEAD it looks for). The CMS
// reads and writes it through the same File System Access API; the test reads it back.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface LocalAdmin {
  context: BrowserContext;
  page: Page;
  /** Every request to a non-loopback address, all of them refused. */
  outside: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** The repository folder as the CMS left it: path → text. */
  readRepo: () => Promise<Record<string, string>>;
}

/** content/uk and content/en of the project, path → text (content/uk/00-intro.mdx). */
export function contentFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const lang of ['uk', 'en']) {
    for (const name of readdirSync(join(root, 'content', lang)).sort()) {
      files[`content/${lang}/${name}`] = readFileSync(join(root, 'content', lang, name), 'utf8');
    }
  }
  return files;
}

const loopback = (url: URL): boolean =>
  ['data:', 'blob:'].includes(url.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** Opens `${origin}/admin/` with the network cut off but loopback, the folder filled with `files`. */
export async function openLocalAdmin(
  browser: Browser,
  origin: string,
  files: Record<string, string>,
): Promise<LocalAdmin> {
  // An English browser on purpose: the admin must still speak Ukrainian.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (loopback(url)) return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/admin/`);
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    for (const [path, text] of Object.entries({ ...files, '.git/HEAD': 'ref: refs/heads/main\n' })) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  const readRepo = () =>
    page.evaluate(async () => {
      const out: Record<string, string> = {};
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
          else if (!prefix.startsWith('.git/'))
            out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
      return out;
    });
  return { context, page, outside, errors, readRepo };
}
