// `npm run dev` as an editor feels it: seconds from the command to `/` served, and from a saved
// one-word MDX edit to a `/` that shows it. The server runs in its own process group and is
// stopped (by that group's id) when done; the edited file is restored.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { oneWordEdit } from './build-cpu.ts';

const TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Milliseconds from `since` until GET `url` answers 200 with a body that passes `ok`. */
async function until(url: string, since: number, ok: (body: string) => boolean): Promise<number> {
  while (performance.now() - since < TIMEOUT_MS) {
    const body = await fetch(url)
      .then((r) => (r.status === 200 ? r.text() : ''))
      .catch(() => '');
    if (body && ok(body)) return performance.now() - since;
    await sleep(50);
  }
  throw new Error(`${url} did not answer as expected within ${TIMEOUT_MS / 1000} s`);
}

export interface DevTimes {
  firstPage: number;
  savedEdit: number;
}

/** Times of `npm run dev` in `root`; `editFile` is a uk report section shown on `/`. */
export async function devTimes(root: string, editFile: string): Promise<DevTimes> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const original = readFileSync(editFile, 'utf8');
  const start = performance.now();
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  try {
    const firstPage = await until(url, start, () => true);
    const word = `бенчмарк${Date.now() % 100000}`;
    const saved = performance.now();
    writeFileSync(editFile, oneWordEdit(original, word));
    const savedEdit = await until(url, saved, (body) => body.includes(word));
    return { firstPage: firstPage / 1000, savedEdit: savedEdit / 1000 };
  } finally {
    writeFileSync(editFile, original);
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}
