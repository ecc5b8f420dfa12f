import { describe, expect, it } from 'vitest';
import { renderGeometryDefs, withGeometryLast } from './defs.ts';
import { mapLayout } from './layout.ts';

describe('withGeometryLast', () => {
  const both = renderGeometryDefs(mapLayout());
  // the patterns' <svg> first, then the shapes'
  const split = both.indexOf('<svg class="uamap-defs" ');
  const [paints, defs] = [both.slice(0, split), both.slice(split)];
  const map = '<figure><svg class="uamap-svg"><a href="/x/"><use href="#uamap-UA-46"/></a></svg></figure>';

  it("moves the page's shared geometry to the end of <body>, leaving everything else in order", () => {
    const page = `<html><head></head><body><main><h1>Т</h1>${both}${map}<p>після</p></main><footer>f</footer></body></html>`;
    expect(withGeometryLast(page)).toBe(
      `<html><head></head><body><main><h1>Т</h1>${paints}${map}<p>після</p></main><footer>f</footer>${defs}</body></html>`,
    );
    // the patterns a fill="url(#…)" refers to stay before the maps; the shapes hold no pattern
    expect(paints).toMatch(/^<svg class="uamap-defs uamap-paints" [^>]*><defs><pattern id="uamap-hatch"/);
    expect(defs).not.toContain('<pattern');
  });

  it('leaves a page with no geometry, or no </body>, as it is', () => {
    const page = `<html><body>${map}</body></html>`;
    expect(withGeometryLast(page)).toBe(page);
    expect(withGeometryLast(`${defs}${map}`)).toBe(`${defs}${map}`);
  });

  it('moves only the shapes, not the label sets or patterns that share its class', () => {
    const labels = '<svg class="uamap-defs uamap-labeldefs"><defs><g id="l"></g></defs></svg>';
    const page = `<body>${labels}${defs}${map}</body>`;
    expect(withGeometryLast(page)).toBe(`<body>${labels}${map}${defs}</body>`);
  });
});
