// Debian's Chromium, launched by playwright-core with the exact flags CI uses. No browser is
// ever downloaded: `executablePath` points at the system one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CHROME_FLAGS = [
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

/** Headless Chromium with the CI flags and a fresh profile (playwright removes it on close). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROME_FLAGS });
}

/**
 * Headless Chromium with the CI flags and its profile in `profileDir`, with DevTools also on
 * a free TCP port for tools that attach by port (Lighthouse). Chromium writes the port it
 * chose to `DevToolsActivePort` in the profile; throws if it has not within 10 s.
 */
export async function launchChromiumWithPort(profileDir: string): Promise<{ port: number; context: BrowserContext }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...CHROME_FLAGS, '--remote-debugging-port=0'],
  });
  for (let waited = 0; waited < 10_000; waited += 100) {
    const port = Number(
      (await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8').catch(() => '')).split('\n')[0],
    );
    if (port > 0) return { port, context };
    await sleep(100);
  }
  await context.close();
  throw new Error(`Chromium wrote no DevToolsActivePort in ${profileDir}`);
}
