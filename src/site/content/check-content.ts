// The whole content check: every file in content/uk and content/en, then what only shows
// across files (a page with no text, two sections with one anchor). Reads files and
// nothing else, so it runs in well under a second without building the site.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Codebook, Lang, Localized } from '../../contract/types.ts';
import { langs, localized } from '../../i18n/index.ts';
import { checkFrontmatter } from './check-frontmatter.ts';
import { checkMdx, type GraphicUse } from './check-mdx.ts';
import { frontmatterSchema, type Frontmatter } from './frontmatter.ts';
import type { ContentProblem } from './problem.ts';

interface CheckedFile {
  /** Path shown to editors, relative to the project root: content/uk/01-strategy.mdx. */
  file: string;
  lang: Lang;
  /** Id as Astro's glob loader derives it: the path under the language folder, no extension. */
  id: string;
  data: Frontmatter | null;
  graphics: GraphicUse[];
}

export interface ContentCheck {
  problems: ContentProblem[];
  files: CheckedFile[];
}

/**
 * Checks all content under `contentDir` (normally ./content) against `codebook`.
 * `root` is what shown paths are relative to. Never throws for editors' mistakes;
 * an unreadable folder (missing content/uk) is itself a problem.
 */
export function checkContent(contentDir: string, codebook: Codebook, root = process.cwd()): ContentCheck {
  const problems: ContentProblem[] = [];
  const files: CheckedFile[] = [];
  for (const lang of langs) {
    const dir = join(contentDir, lang);
    let names: string[];
    try {
      names = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)))
        .sort();
    } catch {
      problems.push(at(relative(root, dir), 'content/missing-folder', localized((c) => c.content.missingFolder(lang))));
      continue;
    }
    for (const name of names) {
      const file = relative(root, join(dir, name));
      if (!name.endsWith('.mdx')) {
        if (!name.startsWith('.')) problems.push(at(file, 'content/not-mdx', notMdx(name)));
        continue;
      }
      const checked = checkFile(readFileSync(join(dir, name), 'utf8'), file, codebook);
      problems.push(...checked.problems);
      files.push({ file, lang, id: name.replace(/\.mdx$/, '').split('\\').join('/'), ...checked });
    }
  }
  problems.push(...acrossFiles(files, contentDir, root));
  return { problems, files };
}

/** One MDX file: its frontmatter, then its text; problems in the order of the file. */
export function checkFile(
  source: string,
  file: string,
  codebook: Codebook,
): { problems: ContentProblem[]; data: Frontmatter | null; graphics: GraphicUse[] } {
  const mdx = checkMdx(source, file, codebook);
  // A file MDX cannot parse has no frontmatter to speak of: its syntax problem comes first.
  const unparsed = mdx.problems.some((p) => p.rule === 'mdx/syntax');
  const fm = unparsed ? { problems: [], data: null } : checkFrontmatter(mdx.frontmatter, file);
  return { problems: [...fm.problems, ...mdx.problems], data: fm.data, graphics: mdx.graphics };
}

const at = (file: string, rule: string, text: Localized): ContentProblem => ({
  file,
  line: 1,
  column: 1,
  rule,
  ...text,
});

const notMdx = (name: string) => localized((c) => c.content.notMdx(name));

/** Problems only visible across files: pages with no text, anchors or orders used twice. */
function acrossFiles(files: CheckedFile[], contentDir: string, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lang of langs) {
    const ofLang = files.filter((f) => f.lang === lang);
    // A file with broken frontmatter already has its problem; it says nothing about pages.
    if (ofLang.some((f) => f.data === null)) continue;
    for (const page of frontmatterSchema.shape.page.options) {
      const onPage = ofLang.filter((f) => f.data!.page === page);
      if (onPage.length === 0) {
        const text = localized((c) => c.content.missingPage(lang, page));
        problems.push(at(relative(root, join(contentDir, lang)), 'content/missing-page', text));
      }
      problems.push(...duplicates(onPage, (f) => f.data!.section ?? f.id, 'content/duplicate-section', 'section'));
      problems.push(...duplicates(onPage, (f) => String(f.data!.order), 'content/duplicate-order', 'order'));
    }
  }
  return problems;
}

function duplicates(
  files: CheckedFile[],
  key: (f: CheckedFile) => string,
  rule: string,
  field: string,
): ContentProblem[] {
  const seen = new Map<string, CheckedFile>();
  const problems: ContentProblem[] = [];
  for (const f of files) {
    const k = key(f);
    const first = seen.get(k);
    if (!first) {
      seen.set(k, f);
      continue;
    }
    problems.push(at(f.file, rule, localized((c) => c.content.duplicate(field, k, first.file, f.data!.page))));
  }
  return problems;
}
