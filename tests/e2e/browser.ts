// playwright-core driving our own Chromium over CDP, one browser per test file.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startChromium } from './chromium.ts';

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const chrome = await startChromium();
  const browser = await chromium.connectOverCDP(chrome.endpoint);
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      await chrome.stop();
    },
  };
}

/** One Chromium per test file, closed when the file is done. */
export function useBrowser(): () => Browser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('browser not started: call useBrowser() at the top level of a test file');
    return launched.browser;
  };
}
