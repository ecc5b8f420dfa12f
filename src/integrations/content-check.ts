// Astro integration: the content check runs before Astro touches content/.
// - `astro build`: stops at once with every problem (file:line:column, Ukrainian then
//   English) before any page is built, instead of a ReferenceError from a compiled chunk.
// - `astro dev`: while content/ has problems, every page request gets an error page in
//   Ukrainian listing them, instead of a stale page or Astro's overlay with a stack trace;
//   the page reloads itself once the problems change (a fix saved).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, type ContentCheck } from '../site/content/check-content.ts';
import { renderErrorPage } from '../site/content/error-page.ts';
import { formatProblems, summary } from '../site/content/problem.ts';
import { CodebookSchema } from '../contract/codebook.ts';
import { DatasetSchema } from '../contract/dataset.ts';
import { datasetWarnings } from '../site/contact.ts';
import { loadJson } from '../contract/load.ts';

export default function contentCheck(contentDir: string): AstroIntegration {
  const root = process.cwd();
  const dir = resolve(root, contentDir);
  const run = (): ContentCheck =>
    checkContent(dir, loadJson(join(root, 'data', 'codebook.json'), CodebookSchema), root);
  let base = '/';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        base = config.base;
        if (command !== 'build') return;
        const { problems } = run();
        if (problems.length === 0) return;
        // Printed and exited, not thrown: Astro wraps a hook's error in an English "unhandled
        // error" line and an empty "Stack trace:", which an editor should not have to read past.
        process.stderr.write(`\n${formatProblems(problems)}\n\n${summary(problems)}\n`);
        process.exit(1);
      },
      // Not an error: the site is built, but readers would not learn whom to ask. Once, after the build.
      'astro:build:done': ({ logger }) => {
        for (const w of datasetWarnings(loadJson(join(root, 'data', 'dataset.json'), DatasetSchema))) logger.warn(w);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        server.watcher.add(dir);
        // Fields that cannot be read at start-up stop Astro's loader before it watches the
        // files (src/content.config.ts lets the server start anyway); once they read
        // again, load the content afresh.
        let unreadAtStart = run().problems.some((p) => p.rule === 'frontmatter/yaml');
        const reload = async (path: string) => {
          if (!path.startsWith(dir + sep)) return;
          if (unreadAtStart && !run().problems.some((p) => p.rule === 'frontmatter/yaml')) {
            unreadAtStart = false;
            await refreshContent?.({});
          }
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (path) => void reload(path));
        const pollUrl = `${base.replace(/\/?$/, '/')}__content-check`;
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET') return next();
          const poll = req.url?.split('?')[0] === pollUrl;
          // Page loads only (and the error page's poll): modules, assets and HMR go on as usual.
          if (!poll && !(req.headers.accept ?? '').includes('text/html')) return next();
          const { problems } = run();
          const stamp = problems.length === 0 ? '' : createHash('sha1').update(formatProblems(problems)).digest('hex');
          res.setHeader('Cache-Control', 'no-store');
          if (poll) {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            return res.end(stamp);
          }
          if (problems.length === 0) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(renderErrorPage(problems, { pollUrl, stamp, lineOf: (file, line) => lineOf(root, file, line) }));
        });
      },
    },
  };
}

function lineOf(root: string, file: string, line: number): string | null {
  try {
    return readFileSync(resolve(root, file), 'utf8').split('\n')[line - 1] ?? null;
  } catch {
    return null;
  }
}
