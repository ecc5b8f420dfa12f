// The steps of `npm run build` around the pages, run inside the one `astro build` process
// instead of three Node processes of their own (each paid ~0.2 s of CPU to start and load its
// modules, most of a one-word edit rebuild's fixed cost beside Astro's own):
//   dataStep()    before the pages: the data step (scripts/build-data.ts), skipped while its
//                 stamp is fresh; first in astro.config.mjs, so it runs before the content check;
//   afterPages()  the page budgets (scripts/check-budgets.ts), then the editors' admin
//                 (scripts/build-admin.ts); last, so the other integrations' notes come first.
// A failing step stops the build with its own messages and exit code and no stack trace, as the
// separate commands did. Active only when `enabled` (FULL_BUILD=1, set by `npm run build`): other
// `astro build` runs (tests building into another folder, from other data) do none of it. Each
// step's module is loaded only when the step runs; the three scripts still run on their own.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The data step before `astro build` does anything else. */
export function dataStep(enabled: boolean): AstroIntegration {
  return {
    name: 'data-step',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (!enabled || command !== 'build') return;
        const { runDataStep } = await import('./build-data.ts');
        const code = await runDataStep(process.cwd());
        // The data step printed every problem; no page is built from a stale set.
        if (code !== 0) process.exit(code);
      },
    },
  };
}

/** The page budgets, then the editors' admin, once every page is written. */
export function afterPages(enabled: boolean): AstroIntegration {
  return {
    name: 'after-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (!enabled) return;
        const distDir = fileURLToPath(dir).replace(/\/$/, '');
        const { reportBudgets } = await import('./check-budgets.ts');
        const code = reportBudgets(distDir);
        if (code !== 0) process.exit(code);
        const { buildAdmin } = await import('./build-admin.ts');
        await buildAdmin(distDir);
      },
    },
  };
}
