// Part of `npm run build`: every built page against its byte budget (gzip, as a reader's
// browser fetches it: the HTML and every local asset it loads), and every graphic in it against
// its kind's budget (site-check/graphics.ts: gzip bytes and elements, on its own). A page or a
// graphic over budget fails the build — a report that grows with the number of respondents
// must not ship.
//   node scripts/check-budgets.ts [DIST_DIR]
// Exit: 0 within budget, 1 over budget (every page over it is named).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { budgetProblems, loadGzipSizes, pageWeight, saveGzipSizes } from './site-check/budgets.ts';
import { graphicBudgetProblems, graphicWeights } from './site-check/graphics.ts';
import { discoverPages } from './site-check/pages.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const raw = process.env.BASE_PATH || '/';
const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const layout = { distDir, base, siteOrigin: process.env.SITE_URL || 'https://smart-survey.example.org' };

// Sizes of bytes this check has compressed before (unchanged pages, the shared CSS and scripts).
const sizesFile = join(process.env.BUILD_CACHE_DIR || 'node_modules/.cache/build-steps', 'gzip-sizes.json');
loadGzipSizes(sizesFile);
const problems = discoverPages(distDir)
  .filter((p) => p.route.endsWith('/'))
  .flatMap((p) => {
    const html = readFileSync(p.file, 'utf8');
    return [
      ...budgetProblems(pageWeight(layout, p.route, html)),
      ...graphicBudgetProblems(p.route, graphicWeights(html)),
    ];
  })
  // A page's own bytes are what a budget is about; links the link checker reports.
  .filter((p) => !p.includes('which is not a local file'));

saveGzipSizes(sizesFile);

if (problems.length > 0) {
  console.error(
    `Сторінки перевищують бюджет розміру (gzip) — збірку зупинено:\n` +
      `Pages over their byte budget (gzip) — the build fails:\n` +
      problems.map((p) => `  ${p}`).join('\n'),
  );
  process.exit(1);
}
console.log(`Розмір сторінок у межах бюджету / page sizes within budget (${distDir})`);
