// Small measurements taken inside the page. They are strings evaluated through the
// DevTools protocol, so they work with the page's JavaScript turned off.
import type { Page } from 'playwright-core';

export interface ReadableWithoutJs {
  /** Text of the first h1 if it is visible, else ''. */
  h1: string;
  /** Indexes of [data-map] elements whose svg is missing or invisible. */
  hiddenMaps: number[];
  /** Whether a [data-illustrative-notice] element shows text. */
  notice: boolean;
}

export async function readableWithoutJs(page: Page): Promise<ReadableWithoutJs> {
  return (await page.evaluate(`(() => {
    const shown = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0'; };
    const h1 = document.querySelector('h1');
    const hiddenMaps = [...document.querySelectorAll('[data-map]')]
      .map((el, i) => [i, el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg:not(.uamap-defs)')])
      .filter(([, svg]) => !shown(svg)).map(([i]) => i);
    const notice = [...document.querySelectorAll('[data-illustrative-notice]')].some((n) => shown(n) && n.textContent.trim().length > 0);
    return { h1: h1 && shown(h1) ? h1.textContent.trim() : '', hiddenMaps, notice };
  })()`)) as ReadableWithoutJs;
}

/** Pixels the page is wider than the viewport (sideways scrolling on a phone). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return Math.max(0, (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number);
}

/** Lets style changes (e.g. a colour-scheme switch) reach the rendered page. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
}

/**
 * Opens every closed data-table disclosure of the page by clicking its summary, as a reader
 * would: a deferred table (src/site/defer.ts) joins the DOM only then.
 */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(
    `document.querySelectorAll('details[data-defer]:not([open]) > summary').forEach((s) => s.click())`,
  );
}

/**
 * Draws each map's labels as ordinary elements: every `<use class="uamap-labels">` is replaced
 * by a copy of the page's label set it shows, in its place (what the browser draws in the
 * use's shadow tree, which selectors and getBoundingClientRect do not reach), so a test can
 * read and measure them as `.uamap-labels text`, inks and all (they inherit the same way).
 */
export async function expandMapLabels(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    for (const use of [...document.querySelectorAll('use.uamap-labels')]) {
      const set = document.getElementById(use.getAttribute('href').slice(1));
      const copy = set.cloneNode(true);
      copy.removeAttribute('id');
      copy.setAttribute('class', use.getAttribute('class') + ' ' + set.getAttribute('class'));
      use.replaceWith(copy);
    }
  })()`);
}
