// The built site and its builds, each part selectable (`npm run bench -- build shape`):
//   build       `npm run build` CPU with every cache empty (cold) and with every page rendered but
//               the other caches kept (warm), each against a bare one-page Astro build in the same
//               run, and a one-word MDX edit rebuild against both; leaves a fresh dist/
//   shape       per-page gzip bytes against the budgets; `/`'s DOM elements, gzip against its byte
//               floor, and what each graphic adds (bytes, elements)
//   lighthouse  mobile and desktop, median of 3, on `/`, an embed, an oblast page when built, and a
//               floor page (`/` without its graphics, written into dist/ for the run)
//   dev         `npm run dev` first page served (and its CPU, beside a bare Astro site's in the same
//               run), saved edit served
// Every figure is printed beside its target; a part fails (exit 1) when a figure misses it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { budgetProblems, pageWeight } from '../site-check/budgets.ts';
import { discoverPages } from '../site-check/pages.ts';
import { graphicBudget } from '../site-check/graphics.ts';
import { formatSizeTable } from '../../tests/quality/size-table.ts';
import { buildCpu } from './build-cpu.ts';
import { bareDevFirstPage, devTimes } from './dev.ts';
import { lighthouseFigures, type PageFigures } from './lighthouse.ts';
import { cleanupOnInterrupt } from './interrupt.ts';
import { floorPage, pageShape } from './page-shape.ts';
import type { BenchSection } from './section.ts';

const root = process.cwd();
const distDir = resolve(root, 'dist');
/** A report section shown on `/`, edited by one word in the edit-rebuild and dev parts. */
const EDIT_FILE = join(root, 'content/uk/01-strategy.mdx');
const FLOOR_ROUTE = '/bench-floor/';

/** One line: a figure, its target and whether it meets it. */
function line(label: string, value: string, target: string, met: boolean): boolean {
  console.log(`${label.padEnd(34)} ${value.padStart(10)}   target ${target.padEnd(12)} ${met ? 'met' : 'MISSED'}`);
  return met;
}

const buildSection: BenchSection = {
  name: 'build',
  async run() {
    const cpu = buildCpu(root, EDIT_FILE);
    const times = (v: number) => `${(v / cpu.bare).toFixed(1)}×`;
    const share = (v: number, of: number) => `${Math.round((100 * v) / of)} %`;
    console.log(`bare one-page astro build CPU                      ${cpu.bare.toFixed(1)} s`);
    console.log(`full build CPU, cold (every cache empty)          ${cpu.cold.toFixed(1)} s`);
    console.log(`full build CPU, warm (PNG/map/data/admin caches)  ${cpu.warm.toFixed(1)} s`);
    console.log(`one-word MDX edit rebuild CPU                     ${cpu.edit.toFixed(1)} s`);
    const a = line('  cold full ÷ bare Astro', times(cpu.cold), '≤ 3×', cpu.cold <= 3 * cpu.bare);
    const b = line('  warm full ÷ bare Astro', times(cpu.warm), '≤ 3×', cpu.warm <= 3 * cpu.bare);
    const c = line('  edit ÷ cold full build', share(cpu.edit, cpu.cold), '≤ 25 %', cpu.edit <= 0.25 * cpu.cold);
    const d = line('  edit ÷ warm full build', share(cpu.edit, cpu.warm), '≤ 25 %', cpu.edit <= 0.25 * cpu.warm);
    return a && b && c && d;
  },
};

const shapeSection: BenchSection = {
  name: 'shape',
  async run() {
    const layout = { distDir, base: '/', siteOrigin: 'https://invalid.example' };
    const weights = discoverPages(distDir)
      .filter((p) => p.route.endsWith('/'))
      .map((p) => pageWeight(layout, p.route, readFileSync(p.file, 'utf8')));
    console.log(formatSizeTable(weights));
    const problems = weights.flatMap(budgetProblems);
    for (const p of problems) console.log(`over budget: ${p}`);

    const shape = pageShape(readFileSync(join(distDir, 'index.html'), 'utf8'));
    console.log(`\n/ raw ${(shape.bytes / 1024).toFixed(1)} KB, gzip ${(shape.gzip / 1024).toFixed(1)} KB`);
    const dom = line('DOM elements on /', String(shape.elements), '≤ 1500', shape.elements <= 1500);
    console.log(`  (the same page without graphics: ${shape.floorElements})`);
    const ratio = shape.gzip / shape.floorGzip;
    const floor = line('/ gzip ÷ byte floor', `${ratio.toFixed(2)}×`, '≤ 1.3×', ratio <= 1.3);
    console.log(
      `  (floor: text + CSS + map geometry and labels once = ${(shape.floorGzip / 1024).toFixed(1)} KB gzip)`,
    );
    // The floor keeps the graphics' tables (they are text); without them too, for the record.
    console.log(
      `  (without the graphics' deferred tables as well: ${(shape.floorWithoutTablesGzip / 1024).toFixed(1)} KB, ` +
        `/ = ${(shape.gzip / shape.floorWithoutTablesGzip).toFixed(2)}× it; not the target's floor)`,
    );
    console.log(`\n${'graphic on /'.padEnd(52)} elements    bytes  gzip alone   budget (elements / gzip)`);
    for (const g of shape.graphics) {
      const budget = graphicBudget(g.kind);
      const within = budget ? (g.elements <= budget.elements && g.gzip <= budget.gzip ? 'ok' : 'OVER') : '';
      console.log(
        `${`${g.kind} ${g.id}`.padEnd(52)} ${String(g.elements).padStart(8)} ${String(g.bytes).padStart(8)} ${String(g.gzip).padStart(11)}` +
          (budget
            ? `   ${String(budget.elements).padStart(4)} / ${String(Math.round(budget.gzip)).padStart(5)}  ${within}`
            : ''),
      );
    }
    return problems.length === 0 && dom && floor;
  },
};

function printFigures(form: string, figures: Record<string, PageFigures>): void {
  console.log(`\n${form.padEnd(30)} perf (runs)       a11y   FCP ms   LCP ms   TBT ms   CLS    DOM`);
  for (const [route, f] of Object.entries(figures))
    console.log(
      `${route.padEnd(30)} ${String(f.performance).padStart(4)} (${f.runs.join(',')})`.padEnd(49) +
        `${String(f.accessibility).padStart(4)} ${[f.fcp, f.lcp, f.tbt].map((v) => String(Math.round(v)).padStart(8)).join(' ')}` +
        `   ${f.cls.toFixed(3)} ${String(f.dom).padStart(6)}`,
    );
}

const lighthouseSection: BenchSection = {
  name: 'lighthouse',
  async run() {
    const routes = discoverPages(distDir).map((p) => p.route);
    const embed = routes.find((r) => /^\/embed\/map-[^/]+\/$/.test(r)) ?? routes.find((r) => r.startsWith('/embed/'));
    const oblast = routes.find((r) => /^\/oblasts\/ua-[^/]+\/$/.test(r));
    if (!oblast) console.log('no /oblasts/ua-xx/ page in dist/ yet: not measured');
    const floorDir = join(distDir, FLOOR_ROUTE);
    mkdirSync(floorDir, { recursive: true });
    writeFileSync(join(floorDir, 'index.html'), floorPage(readFileSync(join(distDir, 'index.html'), 'utf8')));
    const unwatch = cleanupOnInterrupt(() => rmSync(floorDir, { recursive: true, force: true }));
    try {
      const targets = [FLOOR_ROUTE, '/', ...(embed ? [embed] : []), ...(oblast ? [oblast] : [])];
      const figures = await lighthouseFigures(distDir, targets);
      if (typeof figures === 'string') {
        console.log(`Lighthouse skipped: ${figures}`);
        return true;
      }
      printFigures('mobile (median of 3)', figures.mobile);
      printFigures('desktop (median of 3)', figures.desktop);
      const home = figures.mobile['/'];
      const floor = figures.mobile[FLOOR_ROUTE];
      console.log('');
      return [
        line('mobile performance /', String(home.performance), '≥ 98', home.performance >= 98),
        line('mobile TBT /', `${Math.round(home.tbt)} ms`, '≤ 50 ms', home.tbt <= 50),
        line(
          'mobile FCP / ÷ floor page FCP',
          `${(home.fcp / floor.fcp).toFixed(2)}×`,
          '≤ 1.10×',
          home.fcp <= 1.1 * floor.fcp,
        ),
        line('mobile CLS /', home.cls.toFixed(3), '0', home.cls === 0),
        line('accessibility /', String(home.accessibility), '100', home.accessibility === 100),
      ].every(Boolean);
    } finally {
      unwatch();
      rmSync(floorDir, { recursive: true, force: true });
    }
  },
};

const devSection: BenchSection = {
  name: 'dev',
  async run() {
    if (!existsSync(EDIT_FILE)) throw new Error(`${EDIT_FILE} is missing`);
    const bare = await bareDevFirstPage(root);
    const t = await devTimes(root, EDIT_FILE);
    console.log(`bare one-page astro dev → / served   ${bare.seconds.toFixed(1)} s (CPU ${bare.cpu.toFixed(1)} s)`);
    console.log(`npm run dev → / served, CPU           ${t.firstPage.cpu.toFixed(1)} s`);
    return [
      line('npm run dev → / served', `${t.firstPage.seconds.toFixed(1)} s`, '≤ 5 s', t.firstPage.seconds <= 5),
      line('saved MDX edit → served', `${t.savedEdit.toFixed(2)} s`, '≤ 1 s', t.savedEdit <= 1),
    ].every(Boolean);
  },
};

export const siteSections: BenchSection[] = [buildSection, shapeSection, lighthouseSection, devSection];
