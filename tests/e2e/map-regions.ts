import type { Page } from 'playwright-core';

// A page map's regions (src/site/map/render.ts): the children of its <svg> that take focus —
// links to profiles, or role="button" where a region has none. A
// region's ISO code is its shape's href (#uamap-UA-46), its class key (c2, k0, nodata…) its
// first class, which the legend item of that class has too.

/** Selector of the region of `iso` in a page map. */
export const regionOf = (iso: string) => `${REGIONS}:has(> use[href="#uamap-${iso}"])`;

/** Selector of every region of a page map. */
export const REGIONS = '.uamap-svg > :is(a[href], [role="button"])';

/** The ISO code of the focused map region ("UA-46"), or null when focus is not on one. */
export const focusedIso = (page: Page): Promise<string | null> =>
  page.evaluate(
    () => document.activeElement?.querySelector(':scope > use')?.getAttribute('href')?.replace('#uamap-', '') ?? null,
  );
