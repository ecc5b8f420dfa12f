// Part of `npm run build` (inside its astro process, scripts/build-steps.ts): every built page
// against its byte budget (gzip, as a reader's browser fetches it: the HTML and every local
// asset it loads), and every graphic in it against its kind's budget (site-check/graphics.ts:
// gzip bytes and elements, on its own). A page or a graphic over budget fails the build — a
// report that grows with the number of respondents must not ship.
//   node scripts/check-budgets.ts [DIST_DIR]
// Exit: 0 within budget, 1 over budget (every page over it is named).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { replaceCacheFile } from '../src/files/replace-file.ts';
import { treeDigest } from '../src/site/build/tree-digest.ts';
import { budgetProblems as pageBudgetProblems, pageWeight } from './site-check/budgets.ts';
import { domBudgetProblems, graphicBudgetProblems, graphicWeights } from './site-check/graphics.ts';
import { discoverPages } from './site-check/pages.ts';

/** Where the built site is and how it is addressed (BASE_PATH, SITE_URL as the build had them). */
function siteLayout(distDir: string, env: NodeJS.ProcessEnv) {
  const raw = env.BASE_PATH || '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { distDir, base, siteOrigin: env.SITE_URL || 'https://smart-survey.example.org' };
}

// A page measured by an earlier run is not measured again while its HTML, every file it
// loads, the layout and this check's code are the same: a rebuild after a one-word edit
// measures the one page that changed.
interface Measured {
  problems: string[];
  /** Digest of each file the page loads, when it was measured. */
  assets: Record<string, string>;
}

/**
 * Every page of the built site at `distDir` (absolute) over its byte budget, and every graphic
 * and DOM over theirs: one line each, [] when all are within budget. Remembers measured pages in
 * BUILD_CACHE_DIR (node_modules/.cache/build-steps/page-budgets.json).
 */
function budgetProblems(distDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const layout = siteLayout(distDir, env);
  const cacheFile = join(env.BUILD_CACHE_DIR || 'node_modules/.cache/build-steps', 'page-budgets.json');
  const previous = readCache(cacheFile);
  const next: Record<string, Measured> = {};
  const checker = treeDigest(
    process.cwd(),
    ['scripts/check-budgets.ts', 'scripts/site-check'],
    [JSON.stringify(layout)],
  );
  const fileDigests = new Map<string, string>();
  const fileDigest = (file: string): string => {
    let d = fileDigests.get(file);
    if (d === undefined) {
      d = existsSync(file) ? sha1(readFileSync(file)) : 'missing';
      fileDigests.set(file, d);
    }
    return d;
  };

  function pageProblems(route: string, file: string): string[] {
    const bytes = readFileSync(file);
    const key = sha1(`${checker}\n${route}\n`, bytes);
    const last = previous[key];
    if (last && Object.entries(last.assets).every(([f, d]) => fileDigest(f) === d)) {
      next[key] = last;
      return last.problems;
    }
    const html = bytes.toString('utf8');
    const weight = pageWeight(layout, route, html);
    const problems = [
      ...pageBudgetProblems(weight),
      ...graphicBudgetProblems(route, graphicWeights(html)),
      ...domBudgetProblems(route, weight.kind, html),
    ];
    // A page that loads a file which is not there is measured again next time (it may appear).
    if (weight.unresolved.length === 0)
      next[key] = { problems, assets: Object.fromEntries(weight.assets.map((a) => [a.file, fileDigest(a.file)])) };
    return problems;
  }

  const problems = discoverPages(distDir)
    .filter((p) => p.route.endsWith('/'))
    .flatMap((p) => pageProblems(p.route, p.file))
    // A page's own bytes are what a budget is about; links the link checker reports.
    .filter((p) => !p.includes('which is not a local file'));
  // Keeps this run's pages only, written whole and renamed (a crashed run leaves the old file).
  replaceCacheFile(cacheFile, JSON.stringify(next));
  return problems;
}

/**
 * Prints the verdict on the site at `distDir` as `npm run build` shows it (problems on stderr,
 * Ukrainian then English) and returns the exit code: 0 within budget, 1 over it.
 */
export function reportBudgets(distDir: string, env: NodeJS.ProcessEnv = process.env): number {
  const problems = budgetProblems(distDir, env);
  if (problems.length > 0) {
    console.error(
      `Сторінки перевищують бюджет розміру (gzip) — збірку зупинено:\n` +
        `Pages over their byte budget (gzip) — the build fails:\n` +
        problems.map((p) => `  ${p}`).join('\n'),
    );
    return 1;
  }
  console.log(`Розмір сторінок у межах бюджету / page sizes within budget (${distDir})`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = reportBudgets(resolve(process.argv[2] ?? 'dist'));

function sha1(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(p);
  return hash.digest('base64');
}

function readCache(file: string): Record<string, Measured> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, Measured>;
  } catch {
    return {}; // a first run, or a deleted cache: every page is measured
  }
}
