// npm run check:content — checks every MDX file in content/ (syntax, frontmatter,
// components and ids, allowed HTML and links) in well under a second, without building.
// Editors run it before committing; `npm run build` runs the same check inside `astro build`
// (src/integrations/content-check.ts), before Astro compiles any MDX, instead of a second time here.
// Exit: 0 all fine, 1 problems found (each printed with file:line:column, Ukrainian then English).
import { join, resolve } from 'node:path';
import { checkContent } from '../src/site/content/check-content.ts';
import { formatProblems, summary } from '../src/site/content/problem.ts';
import { CodebookSchema } from '../src/contract/codebook.ts';
import { loadJson } from '../src/contract/load.ts';
import { langs, t } from '../src/i18n/index.ts';

const root = process.cwd();
const contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
const { problems, files } = checkContent(
  contentDir,
  loadJson(join(root, 'data', 'codebook.json'), CodebookSchema),
  root,
);
if (problems.length > 0) {
  process.stderr.write(`${formatProblems(problems)}\n\n${summary(problems)}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(langs.map((lang) => `${t(lang).content.allFine(files.length)}\n`).join(''));
}
