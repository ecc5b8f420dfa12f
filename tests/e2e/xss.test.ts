// A survey export whose text fields carry HTML/script payloads builds into a site where
// nothing executes and the payloads read as plain text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPages } from '../../scripts/site-check/pages.ts';
import { inlineHandlers } from '../quality/structure.ts';
import { parseHtml } from '../../scripts/site-check/html.ts';
import { astroBuild, buildData, projectRoot } from './build-site.ts';
import { useBrowser } from './browser.ts';
import { startStaticServer, type RunningServer } from './static-server.ts';
import { strictPage } from './strict-page.ts';

const FIXTURE = join(projectRoot, 'tests/fixtures/security/xss-export.csv');
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
];
/** An ordinary community name from the same fixture: if no page shows it, no page lists communities yet. */
const PLAIN_NAME = 'Тетіївська міська громада';

const browser = useBrowser();
// Built while the file is collected, so that each of its pages is a test of its own.
const work = mkdtempSync(join(tmpdir(), 'e2e-xss-'));
const outDir = join(work, 'site');
buildData(FIXTURE, join(work, 'data'), ['--min-respondents', '1']);
// Its own Astro cache: hostile data must not become the incremental cache of the real build.
astroBuild(outDir, { SITE_DATA_DIR: join(work, 'data'), ASTRO_CACHE_DIR: join(work, 'cache') });
const pages = discoverPages(outDir);
let server: RunningServer;

beforeAll(async () => {
  server = await startStaticServer([{ prefix: '/', dir: outDir }]);
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

// In-page: elements carrying handlers or javascript: URLs, and the text a reader sees.
const INSPECT = `(() => {
  const injected = [...document.querySelectorAll('*')].filter((el) =>
    [...el.attributes].some((a) => /^on/i.test(a.name) || (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\\s*javascript:/i.test(a.value))))
    .map((el) => el.outerHTML.slice(0, 120));
  const xImages = document.querySelectorAll('img[src="x"]').length;
  return { injected, xImages, text: document.body.innerText };
})()`;

describe('site built from an export with script payloads', () => {
  const texts: string[] = [];

  it('no built page carries an inline handler or javascript: URL', () => {
    const problems = pages.flatMap((p) =>
      inlineHandlers(parseHtml(readFileSync(p.file, 'utf8'))).map((m) => `${p.route}: ${m}`),
    );
    expect(problems).toEqual([]);
  });

  describe.concurrent.each(pages)('$route with JavaScript on', ({ route }) => {
    it('executes nothing and has no injected element', async () => {
      const s = await strictPage(browser(), server.origin, { viewport: { width: 1280, height: 900 } });
      try {
        await s.page.goto(server.origin + route, { waitUntil: 'load' });
        const r = (await s.page.evaluate(INSPECT)) as { injected: string[]; xImages: number; text: string };
        texts.push(r.text);
        expect({ problems: s.problems, injected: r.injected, xImages: r.xImages }).toEqual({
          problems: [],
          injected: [],
          xImages: 0,
        });
      } finally {
        await s.close();
      }
    });
  });

  it('shows each payload as text', (ctx) => {
    const all = texts.join('\n');
    if (!all.includes(PLAIN_NAME)) {
      ctx.skip(
        `TODO: no page lists community names yet (issue 4: "participating communities, listed by oblast"), so payload text cannot be seen`,
      );
    }
    expect(
      PAYLOADS.filter((p) => !all.includes(p)),
      'payloads not visible as text',
    ).toEqual([]);
  });
});
