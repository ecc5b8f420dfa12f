// The built site: per-page gzip bytes against the budgets, `npm run build` time against
// a bare `astro build` of an empty one-page site in the same run, and Lighthouse
// (mobile) for `/` and one embed page when Chromium is present. Lighthouse is fetched
// on demand into .bench/ (it is large and not a dependency); without it the section
// says so and goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { budgetProblems, pageWeight } from '../site-check/budgets.ts';
import { discoverPages } from '../site-check/pages.ts';
import { formatSizeTable } from '../../tests/quality/size-table.ts';
import { chromePath, launchChromiumWithPort } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../../tests/e2e/static-server.ts';
import type { BenchSection } from './section.ts';

const root = process.cwd();
const LIGHTHOUSE_DIR = join(root, '.bench', 'lighthouse');
const LIGHTHOUSE_VERSION = '12';
const TARGETS: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

function timed(command: string, args: string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`.slice(-4000));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function bareSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-astro-'));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    '<html lang="en"><head><title>Bare</title></head><body><h1>Bare</h1></body></html>\n',
  );
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function buildTimes(): boolean {
  const bare = bareSite();
  try {
    const astro = join(root, 'node_modules/.bin/astro');
    timed(astro, ['build'], bare); // warm the file cache for both
    const bareSeconds = timed(astro, ['build'], bare);
    const fullSeconds = timed('npm', ['run', 'build'], root);
    console.log(`npm run build          ${fullSeconds.toFixed(1)} s`);
    console.log(`bare one-page astro    ${bareSeconds.toFixed(1)} s`);
    console.log(`ratio                  ${(fullSeconds / bareSeconds).toFixed(1)}×`);
    return true;
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
}

function pageBytes(distDir: string): boolean {
  const layout = { distDir, base: '/', siteOrigin: 'https://invalid.example' };
  const weights = discoverPages(distDir)
    .filter((p) => p.route.endsWith('/'))
    .map((p) => pageWeight(layout, p.route, readFileSync(p.file, 'utf8')));
  console.log(formatSizeTable(weights));
  const problems = weights.flatMap(budgetProblems);
  for (const p of problems) console.log(`over budget: ${p}`);
  return problems.length === 0;
}

type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;

async function loadLighthouse(): Promise<Lighthouse | string> {
  const entry = join(LIGHTHOUSE_DIR, 'node_modules/lighthouse/core/index.js');
  if (!existsSync(entry)) {
    mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
    const r = spawnSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--prefix',
        LIGHTHOUSE_DIR,
        `lighthouse@${LIGHTHOUSE_VERSION}`,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0 || !existsSync(entry))
      return `could not install lighthouse into ${LIGHTHOUSE_DIR}: ${(r.stderr || '').trim().split('\n').slice(-3).join(' ')}`;
  }
  return ((await import(pathToFileURL(entry).href)) as { default: Lighthouse }).default;
}

async function lighthouseScores(distDir: string): Promise<boolean> {
  if (!existsSync(chromePath())) {
    console.log(`Lighthouse skipped: no Chromium at ${chromePath()} (set CHROME_PATH)`);
    return true;
  }
  const lighthouse = await loadLighthouse();
  if (typeof lighthouse === 'string') {
    console.log(`Lighthouse skipped: ${lighthouse}`);
    return true;
  }
  const routes = discoverPages(distDir).map((p) => p.route);
  const embed = routes.find((r) => r.startsWith('/embed/'));
  const targets = ['/', ...(embed ? [embed] : [])];
  if (!embed) console.log('no /embed/<id>/ page in dist/: Lighthouse runs on / only');
  const server = await startStaticServer([{ prefix: '/', dir: distDir }]);
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const chrome = await launchChromiumWithPort(profile);
  let met = true;
  try {
    console.log(`${'page'.padEnd(28)} perf  a11y  best   seo   (targets ${Object.values(TARGETS).join(' / ')})`);
    for (const route of targets) {
      const result = await lighthouse(server.origin + route, { port: chrome.port, output: 'json', logLevel: 'error' });
      const cats = result?.lhr.categories ?? {};
      const scores = Object.keys(TARGETS).map((k) => Math.round((cats[k]?.score ?? 0) * 100));
      met &&= Object.values(TARGETS).every((t, i) => scores[i] >= t);
      console.log(`${route.padEnd(28)} ${scores.map((s) => String(s).padStart(4)).join('  ')}`);
    }
  } finally {
    await chrome.context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
  return met;
}

export const siteSection: BenchSection = {
  name: 'site',
  async run() {
    console.log('### build time');
    const built = buildTimes(); // also leaves a fresh dist/ for the rest
    const distDir = resolve(root, 'dist');
    console.log('\n### page weight (gzip)');
    const light = pageBytes(distDir);
    console.log('\n### Lighthouse (mobile)');
    const scores = await lighthouseScores(distDir);
    return built && light && scores;
  },
};
