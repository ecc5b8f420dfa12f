// One shape for every problem an editor can cause in content/, from the MDX check,
// the frontmatter check and the checks across files; printed in the terminal and on
// the dev error page alike.
import type { Localized } from '../../contract/types.ts';
import { langs, t } from '../../i18n/index.ts';

/** A problem and its fix, in every language (Ukrainian first), at a place in a file. */
export interface ContentProblem extends Localized {
  /** Path as the editor knows it, e.g. `content/uk/01-strategy.mdx`. */
  file: string;
  /** 1-based line and column in that file (the whole file, frontmatter included). */
  line: number;
  column: number;
  /** Short stable name of the rule broken, e.g. `mdx/expression-in-text`; the guide lists them. */
  rule: string;
}

/** `content/uk/x.mdx:16:10 [rule]` then the message in each language, indented, Ukrainian first. */
function formatProblem(p: ContentProblem): string {
  return [`${p.file}:${p.line}:${p.column} [${p.rule}]`, ...langs.map((lang) => `  ${sentence(p[lang])}`)].join('\n');
}

/**
 * A message shown on its own line starts with a capital letter, unless it opens with a
 * field name as written in the file (`order: …`), which stays verbatim.
 */
export function sentence(text: string): string {
  return /^[a-z_]+:/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map(formatProblem).join('\n\n');
}

/** The closing lines of a report: how many problems in how many files, one line per language. */
export function summary(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return langs.map((lang) => t(lang).content.summary(problems.length, files)).join('\n');
}
