// `npm run dev` as an editor feels it: seconds from the command to `/` served, and from a saved
// one-word MDX edit to a `/` that shows it; beside them the CPU seconds spent until `/` was served
// (every process of the command, the data step included: a figure a shared machine's load does not
// inflate as much as the wall clock) and the same for `astro dev` of a bare one-page site. Each
// server runs in its own process group and is stopped (by that group's id) when done; the edited
// file is restored.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { bareSite, oneWordEdit } from './build-cpu.ts';
import { cleanupOnInterrupt } from './interrupt.ts';

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

/**
 * Milliseconds from `since` until GET `url` answers 200 with a body that passes `ok`. Asked for
 * as a browser asks for a page (`Accept: text/html`): only page loads go through the content
 * check that shows editors' mistakes, and an editor's first page pays for it.
 */
async function until(url: string, since: number, ok: (body: string) => boolean): Promise<number> {
  while (performance.now() - since < TIMEOUT_MS) {
    const body = await fetch(url, { headers: { accept: 'text/html' } })
      .then((r) => (r.status === 200 ? r.text() : ''))
      .catch(() => '');
    if (body && ok(body)) return performance.now() - since;
    await sleep(50);
  }
  throw new Error(`${url} did not answer as expected within ${TIMEOUT_MS / 1000} s`);
}

/** User + sys seconds of every process in group `pgid`, its finished children included (Linux /proc; 0 elsewhere). */
function groupCpu(pgid: number): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      // Fields after the command name: state ppid pgrp … utime(14) stime cutime cstime (man 5 proc).
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

export interface FirstPage {
  /** Seconds from the command to `/` served. */
  seconds: number;
  /** CPU seconds of the command's processes until then. */
  cpu: number;
}

/** Starts `command` in `cwd` in its own process group and times `/`; returns the group's id for stopping it. */
async function firstPage(
  command: string,
  args: string[],
  cwd: string,
  port: number,
): Promise<FirstPage & { pid: number }> {
  const start = performance.now();
  const child = spawn(command, [...args, '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' },
  });
  if (!child.pid) throw new Error(`${command} did not start`);
  try {
    const seconds = (await until(`http://127.0.0.1:${port}/`, start, () => true)) / 1000;
    return { seconds, cpu: groupCpu(child.pid), pid: child.pid };
  } catch (err) {
    process.kill(-child.pid, 'SIGTERM');
    throw err;
  }
}

/** `astro dev` of a bare one-page site (the floor any Astro site starts from), in the same run. */
export async function bareDevFirstPage(root: string): Promise<FirstPage> {
  const dir = bareSite(root);
  // Its own Vite cache: through the linked node_modules it would share ours, whose optimised
  // dependencies it then replaces ("vite config has changed"), so `npm run dev` timed next
  // would pay for bundling them again, which an editor's restarts never do.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ vite: { cacheDir: './.vite' } });\n",
  );
  let pid = 0;
  const cleanup = () => {
    if (pid) process.kill(-pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  const unwatch = cleanupOnInterrupt(cleanup);
  try {
    const started = await firstPage(`${root}/node_modules/.bin/astro`, ['dev'], dir, await freePort());
    pid = started.pid;
    return { seconds: started.seconds, cpu: started.cpu };
  } finally {
    unwatch();
    cleanup();
  }
}

export interface DevTimes {
  firstPage: FirstPage;
  savedEdit: number;
}

/** Times of `npm run dev` in `root`; `editFile` is a uk report section shown on `/`. */
export async function devTimes(root: string, editFile: string): Promise<DevTimes> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const original = readFileSync(editFile, 'utf8');
  const { pid, ...first } = await firstPage('npm', ['run', 'dev', '--'], root, port);
  // The server runs in its own process group: a Ctrl+C of the bench does not reach it.
  const cleanup = () => {
    writeFileSync(editFile, original);
    process.kill(-pid, 'SIGTERM');
  };
  const unwatch = cleanupOnInterrupt(cleanup);
  try {
    const word = `бенчмарк${Date.now() % 100000}`;
    const saved = performance.now();
    writeFileSync(editFile, oneWordEdit(original, word));
    const savedEdit = await until(url, saved, (body) => body.includes(word));
    return { firstPage: first, savedEdit: savedEdit / 1000 };
  } finally {
    unwatch();
    cleanup();
  }
}
