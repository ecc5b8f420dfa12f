// A page that records everything the site must never do: console errors, uncaught
// exceptions, dialogs, failed or non-2xx/3xx responses, and any request to a host other
// than the test server (those are aborted before they leave the machine).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface StrictPage {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong so far; tests assert it is empty. */
  problems: string[];
  close: () => Promise<void>;
}

export async function strictPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<StrictPage> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  // Playwright's 30 s default for a page load is too short beside four other pages on two
  // shared cores (the XSS build's profiles hit it at load 40); the test's own timeout still bounds it.
  context.setDefaultNavigationTimeout(100_000);
  const problems: string[] = [];
  const allowed = new URL(origin).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === allowed) return route.continue();
    problems.push(`request left the origin: ${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.push(`console error: ${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    if (new URL(req.url()).origin === allowed)
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  return { context, page, problems, close: () => context.close() };
}

/** Runs `fn` on a fresh strict page, then asserts nothing went wrong and closes it. */
export async function withStrictPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions,
  fn: (s: StrictPage) => Promise<void>,
): Promise<void> {
  const s = await strictPage(browser, origin, options);
  try {
    await fn(s);
    if (s.problems.length > 0) throw new Error(`problems on the page:\n${s.problems.join('\n')}`);
  } finally {
    await s.close();
  }
}
