import { describe, expect, it } from 'vitest';
import { claimGeometry, claimMapId } from './page-state.ts';

describe('page state', () => {
  it('grants the geometry once per page, and again on another page', () => {
    const page1 = new Request('https://x.test/a/');
    const page2 = new Request('https://x.test/b/');
    expect([claimGeometry(page1), claimGeometry(page1), claimGeometry(page1)]).toEqual([true, false, false]);
    expect(claimGeometry(page2)).toBe(true);
  });

  it('deduplicates map ids within a page only', () => {
    const page1 = {};
    const page2 = {};
    expect([
      claimMapId(page1, 'map-x'),
      claimMapId(page1, 'map-x'),
      claimMapId(page1, 'map-y'),
      claimMapId(page1, 'map-x'),
    ]).toEqual(['map-x', 'map-x-2', 'map-y', 'map-x-3']);
    expect(claimMapId(page2, 'map-x')).toBe('map-x');
  });
});
