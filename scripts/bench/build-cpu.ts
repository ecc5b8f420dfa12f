// Build CPU (user + sys of every process a command starts, from the shell's `times`), against a
// bare `astro build` of a one-page site in the same run:
//   cold  `npm run build` with every cache empty (PNG renders, map layout, Astro's page cache, the
//         data-step stamp and page-budget memo, the admin bundle): a first build on a new machine;
//   warm  the same build again with Astro's page cache emptied, every other cache kept: every page
//         is rendered, PNGs and the rest come from their caches (local builds, and CI keeping them);
//   edit  after a one-word MDX edit (and after taking the word out again), every cache kept.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupOnInterrupt, stopIfInterrupted } from './interrupt.ts';

/** User + sys seconds of `command` and all its children; throws with its output when it fails. */
function cpuSeconds(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const r = spawnSync('sh', ['-c', '"$@" > "$BENCH_LOG" 2>&1; s=$?; times; exit $s', 'sh', command, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_LOG: join(tmpdir(), 'bench-last.log'), ...env },
  });
  stopIfInterrupted(r);
  if (r.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${readFileSync(join(tmpdir(), 'bench-last.log'), 'utf8').slice(-3000)}`,
    );
  // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.567s".
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/** A one-page Astro site in a temporary folder, using `root`'s node_modules; the caller removes it. */
export function bareSite(root: string): string {
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

/** `text` with one word appended to its last line of prose (a line that starts with a letter). */
export function oneWordEdit(text: string, word: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--)
    if (/^\p{L}/u.test(lines[i]) && !lines[i].includes(':')) {
      lines[i] = lines[i].replace(/([.!?…]?)\s*$/, ` ${word}$1`);
      return lines.join('\n');
    }
  throw new Error('no line of prose to edit');
}

export interface BuildCpu {
  bare: number;
  /** Every cache empty. */
  cold: number;
  /** Every page rendered; PNG, map layout, data-step and admin caches kept. */
  warm: number;
  /** Mean of two one-word edits (the word in, then out again). */
  edit: number;
}

/** CPU seconds of each build; `editFile` gets one word more for the edit builds and is restored after. */
export function buildCpu(root: string, editFile: string): BuildCpu {
  const bare = bareSite(root);
  const caches = mkdtempSync(join(tmpdir(), 'bench-caches-'));
  // Our caches and Astro's start empty for the cold build and are kept for the builds after it.
  const env = {
    PNG_CACHE_DIR: join(caches, 'png'),
    MAP_CACHE_DIR: join(caches, 'map'),
    ASTRO_CACHE_DIR: join(caches, 'astro'),
    BUILD_CACHE_DIR: join(caches, 'steps'),
    ADMIN_CACHE_DIR: join(caches, 'admin'),
  };
  const original = readFileSync(editFile, 'utf8');
  const cleanup = () => {
    writeFileSync(editFile, original);
    rmSync(bare, { recursive: true, force: true });
    rmSync(caches, { recursive: true, force: true });
  };
  const unwatch = cleanupOnInterrupt(cleanup);
  try {
    const astro = join(root, 'node_modules/.bin/astro');
    cpuSeconds(astro, ['build'], bare); // warm the file cache for both
    const bareCpu = cpuSeconds(astro, ['build'], bare);
    const cold = cpuSeconds('npm', ['run', 'build'], root, env);
    rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
    const warm = cpuSeconds('npm', ['run', 'build'], root, env);
    writeFileSync(editFile, oneWordEdit(original, 'бенчмарк'));
    const edit = cpuSeconds('npm', ['run', 'build'], root, env);
    // The word taken out again is a second edit, and leaves dist/ built from the real text.
    writeFileSync(editFile, original);
    const undo = cpuSeconds('npm', ['run', 'build'], root, env);
    return { bare: bareCpu, cold, warm, edit: (edit + undo) / 2 };
  } finally {
    unwatch();
    cleanup();
  }
}
