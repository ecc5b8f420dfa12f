import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { floorPage, pageShape } from './page-shape.ts';

const gzip = (s: string) => gzipSync(s, { level: 9 }).length;

describe('pageShape', () => {
  const defs =
    '<svg class="uamap-defs" width="0" height="0"><path id="a" d="M0 0h10v10z"/></svg>' +
    '<svg class="uamap-defs uamap-labeldefs" width="0" height="0"><g id="l"><text>Львівська</text></g></svg>';
  const map = '<svg class="uamap-svg"><a href="/x/" aria-label="Львівська: 42 %"><use href="#a"/></a></svg>';
  const html = `<main><p>Текст</p><figure>${defs}${map}</figure><figure>${map}</figure></main>`;

  it('floors a page at its text with the shared map definitions (geometry and labels) once, and no map', () => {
    expect(floorPage(html)).toBe('<main><p>Текст</p><figure></figure><figure></figure></main>');
    expect(pageShape(html).floorGzip).toBe(gzip(floorPage(html) + defs));
    expect(pageShape(html).gzip).toBeGreaterThan(pageShape(html).floorGzip);
    const tabled = html.replace(
      '<p>Текст</p>',
      '<p>Текст</p><noscript data-deferred><table><tr><td>42</td></tr></table></noscript>',
    );
    expect(pageShape(tabled).floorWithoutTablesGzip).toBe(pageShape(html).floorGzip);
  });
});
