// Debian's Chromium, started by us with the exact flags CI uses, a fresh profile and
// DevTools on a free port. No browser is ever downloaded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export interface RunningChromium {
  /** DevTools websocket endpoint. */
  endpoint: string;
  /** DevTools port (for tools such as Lighthouse). */
  port: number;
  stop: () => Promise<void>;
}

/** Starts Chromium with the CI flags, a fresh profile and DevTools on a free port. */
export async function startChromium(): Promise<RunningChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const child: ChildProcess = spawn(
    chromePath(),
    [...CHROME_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), 30_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start ${chromePath()}: ${err.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code}:\n${log}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  child.removeAllListeners('exit');
  return {
    endpoint,
    port: Number(new URL(endpoint).port),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
