// Every internal link, image, script and stylesheet resolves, in the default build and
// in the BASE_PATH build; nothing points to another site except https anchors.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssLinkProblems, pageLinkProblems } from '../quality/links.ts';
import { listFiles } from '../../scripts/site-check/pages.ts';
import { builtSites } from './site.ts';

describe.each(builtSites())('$name', ({ layout, pages }) => {
  it.each(pages)('$route: links and assets resolve', ({ route, html }) => {
    expect(pageLinkProblems(layout, layout.base + route.slice(1), html)).toEqual([]);
  });

  it('stylesheets reference only local files that exist', () => {
    const problems = listFiles(layout.distDir)
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => {
        const path = layout.base + relative(layout.distDir, f).split(sep).join('/');
        return cssLinkProblems(layout, path, readFileSync(f, 'utf8')).map((p) => `${path}: ${p}`);
      });
    expect(problems).toEqual([]);
  });
});
