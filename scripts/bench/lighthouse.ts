// Lighthouse (the npm package, fetched once into .bench/ — it is large and not a dependency;
// after that no network is needed) driving Debian's Chromium through chromePath(): no
// browser is downloaded. Mobile and desktop, each page `RUNS` times with the pages
// interleaved, medians reported, against a served dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromePath, launchChromiumWithPort } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../../tests/e2e/static-server.ts';

const LIGHTHOUSE_DIR = join(process.cwd(), '.bench', 'lighthouse');
const LIGHTHOUSE_VERSION = '12';
const RUNS = 3;

interface Lhr {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}
type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<{ lhr: Lhr } | undefined>;

/** One page's medians: scores 0–100, times in ms, CLS unitless, DOM elements. */
export interface PageFigures {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  dom: number;
  /** Every run's performance score, to show the spread. */
  runs: number[];
}

export type FormFactor = 'mobile' | 'desktop';

async function loadLighthouse(): Promise<{ run: Lighthouse; desktop: unknown } | string> {
  const core = join(LIGHTHOUSE_DIR, 'node_modules/lighthouse/core');
  if (!existsSync(join(core, 'index.js'))) {
    mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
    const install = spawnSync(
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
    if (install.status !== 0 || !existsSync(join(core, 'index.js')))
      return `could not install lighthouse into ${LIGHTHOUSE_DIR}: ${(install.stderr || '').trim().split('\n').slice(-3).join(' ')}`;
  }
  const run = ((await import(pathToFileURL(join(core, 'index.js')).href)) as { default: Lighthouse }).default;
  const desktop = ((await import(pathToFileURL(join(core, 'config/desktop-config.js')).href)) as { default: unknown })
    .default;
  return { run, desktop };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function figuresOf(lhrs: Lhr[]): PageFigures {
  const audit = (id: string) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
  const score = (id: string) => lhrs.map((l) => Math.round((l.categories[id]?.score ?? 0) * 100));
  return {
    performance: median(score('performance')),
    accessibility: median(score('accessibility')),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    dom: audit('dom-size'),
    runs: score('performance'),
  };
}

/**
 * Lighthouse medians for each route of `distDir` (served statically), per form factor, or a
 * sentence saying why Lighthouse could not run.
 */
export async function lighthouseFigures(
  distDir: string,
  routes: string[],
): Promise<Record<FormFactor, Record<string, PageFigures>> | string> {
  if (!existsSync(chromePath())) return `no Chromium at ${chromePath()} (set CHROME_PATH)`;
  const lighthouse = await loadLighthouse();
  if (typeof lighthouse === 'string') return lighthouse;
  const server = await startStaticServer([{ prefix: '/', dir: distDir }]);
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const chrome = await launchChromiumWithPort(profile);
  const out: Record<FormFactor, Record<string, Lhr[]>> = { mobile: {}, desktop: {} };
  try {
    for (let i = 0; i < RUNS; i++)
      for (const form of ['mobile', 'desktop'] as const)
        for (const route of routes) {
          const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
          const config = form === 'desktop' ? lighthouse.desktop : undefined;
          const result = await lighthouse.run(server.origin + route, flags, config);
          if (result) (out[form][route] ??= []).push(result.lhr);
        }
  } finally {
    await chrome.context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
  const medians = (runs: Record<string, Lhr[]>) =>
    Object.fromEntries(Object.entries(runs).map(([route, lhrs]) => [route, figuresOf(lhrs)]));
  return { mobile: medians(out.mobile), desktop: medians(out.desktop) };
}
