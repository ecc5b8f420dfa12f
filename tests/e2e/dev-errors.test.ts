// `npm run dev` as an editor meets it: a content mistake shows in the browser as an error
// page in Ukrainian (file, line, the line itself, the problem, a did-you-mean), not a
// stale page or an overlay with a stack trace; saving the fix brings the page back.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { projectRoot } from './build-site.ts';

const browser = useBrowser();
let work: string;
let content: string;
let origin: string;
let dev: ChildProcess | undefined;
let log = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function edit(file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit failed: "${from}" not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

async function errorPage(page: Page): Promise<{ h1: string; items: string[] }> {
  return page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent ?? '',
    items: [...document.querySelectorAll('li')].map((li) => li.textContent ?? ''),
  }));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dev-errors-'));
  content = join(work, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  // The mistake is there before the server starts: it must start anyway.
  edit('en/about.mdx', 'page: about', 'page: abuot');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: projectRoot,
    env: {
      // As an editor's terminal has it: vitest's NODE_ENV=test and VITEST* would change Vite's mode.
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
      CONTENT_DIR: content,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_DEV_BACKGROUND: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ready when the server prints its address (no polling); the hook's timeout bounds the wait.
  const server = dev;
  await new Promise<void>((ready, fail) => {
    const read = (c: Buffer) => {
      log += c.toString();
      // eslint-disable-next-line no-control-regex -- the log is coloured
      if (log.replace(/\u001b\[[0-9;]*m/g, '').includes(`:${port}/`)) ready();
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.on('exit', () => fail(new Error(`astro dev exited:\n${log}`)));
  });
});

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev with a content mistake', () => {
  it('shows a Ukrainian error page with file, line and did-you-mean, then the page once fixed', async () => {
    const page = await browser().newPage();
    try {
      const response = await page.goto(`${origin}/en/about/`);
      expect(response?.status()).toBe(500);
      const shown = await errorPage(page);
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      expect(shown.h1).toContain('у текстах звіту є помилка');
      expect(shown.items).toHaveLength(1);
      expect(shown.items[0]).toContain(`${join('en', 'about.mdx')}:4:1`);
      expect(shown.items[0]).toContain('4 page: abuot');
      expect(shown.items[0]).toContain('Можливо, ви мали на увазі «about»?');
      expect(shown.items[0]).toContain('Did you mean "about"?');
      expect(shown.items[0]).not.toMatch(/node_modules|\bat \w+ \(/);

      // Saving the fix reloads the page by itself.
      edit('en/about.mdx', 'page: abuot', 'page: about');
      await expect.poll(() => page.title().catch(() => ''), { timeout: 60_000 }).toContain('About');

      // A mistake made while the server runs replaces the page too (it used to stay stale, 200).
      edit('uk/03-needs.mdx', '<BarChart question="needs"', '<BarChart question={"need"}');
      const response2 = await page.goto(`${origin}/`);
      expect(response2?.status()).toBe(500);
      const shown2 = await errorPage(page);
      expect(shown2.items.join('\n')).toContain(
        '<BarChart question="need">: невідомий id «need». Можливо, ви мали на увазі «needs»?',
      );
    } finally {
      await page.close();
    }
  });
});
