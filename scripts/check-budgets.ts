// Part of `npm run build` (inside its astro process, scripts/build-steps.ts): every built page
// against its byte budget (gzip, as a reader's browser fetches it: the HTML and every local
// asset it loads), and every graphic in it against its kind's budget (site-check/graphics.ts:
// gzip bytes and elements, on its own). A page or a graphic over budget fails the build — a
// report that grows with the number of respondents must not ship. The report's DOM element
// count only warns: it grows with every chart an editor adds to the text (one chart is ~25–37
// elements, and the budget sits just over what the shipped text builds), and an editor's
// legitimate addition must not stop the site from publishing (`npm run bench` reports the figure).
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
  /** Over a budget that warns without failing (the report's DOM elements). */
  warnings: string[];
  /** Digest of each file the page loads, when it was measured. */
  assets: Record<string, string>;
}

/**
 * Every page of the built site at `distDir` (absolute) over its byte budget and every graphic
 * over its own (`problems`), and every report page over its DOM budget (`warnings`): one line
 * each, empty when all are within budget. Remembers measured pages in BUILD_CACHE_DIR
 * (node_modules/.cache/build-steps/page-budgets.json).
 */
function budgetProblems(
  distDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { problems: string[]; warnings: string[] } {
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

  function pageProblems(route: string, file: string): Measured {
    const bytes = readFileSync(file);
    const key = sha1(`${checker}\n${route}\n`, bytes);
    const last = previous[key];
    if (last?.warnings && Object.entries(last.assets).every(([f, d]) => fileDigest(f) === d)) {
      next[key] = last;
      return last;
    }
    const html = bytes.toString('utf8');
    const weight = pageWeight(layout, route, html);
    const measured = {
      problems: [...pageBudgetProblems(weight), ...graphicBudgetProblems(route, graphicWeights(html))],
      warnings: domBudgetProblems(route, weight.kind, html),
      assets: Object.fromEntries(weight.assets.map((a) => [a.file, fileDigest(a.file)])),
    };
    // A page that loads a file which is not there is measured again next time (it may appear).
    if (weight.unresolved.length === 0) next[key] = measured;
    return measured;
  }

  const pages = discoverPages(distDir)
    .filter((p) => p.route.endsWith('/'))
    .map((p) => pageProblems(p.route, p.file));
  // Keeps this run's pages only, written whole and renamed (a crashed run leaves the old file).
  replaceCacheFile(cacheFile, JSON.stringify(next));
  return {
    // A page's own bytes are what a budget is about; links the link checker reports.
    problems: pages.flatMap((p) => p.problems).filter((p) => !p.includes('which is not a local file')),
    warnings: pages.flatMap((p) => p.warnings),
  };
}

/**
 * Prints the verdict on the site at `distDir` as `npm run build` shows it (problems on stderr,
 * Ukrainian then English) and returns the exit code: 0 within budget, 1 over it.
 */
export function reportBudgets(distDir: string, env: NodeJS.ProcessEnv = process.env): number {
  const { problems, warnings } = budgetProblems(distDir, env);
  if (warnings.length > 0)
    console.warn(
      `Увага: сторінка звіту має більше елементів, ніж заплановано, — на телефонах вона відкриватиметься повільніше; збирання триває:\n` +
        `Warning: the report page has more elements than planned — it will open more slowly on phones; the build goes on:\n` +
        warnings.map((p) => `  ${p}`).join('\n'),
    );
  if (problems.length > 0) {
    console.error(
      `Сторінки чи графіки перевищують свій бюджет (розмір gzip або кількість елементів) — збірку зупинено:\n` +
        `Pages or graphics over their budget (gzip size or element count) — the build fails:\n` +
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
