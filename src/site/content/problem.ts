// One shape for every problem an editor can cause in content/, from the MDX check,
// the frontmatter check and the checks across files; printed in the terminal and on
// the dev error page alike.
import { didYouMean as nearest } from '../../text/did-you-mean.ts';

export interface ContentProblem {
  /** Path as the editor knows it, e.g. `content/uk/01-strategy.mdx`. */
  file: string;
  /** 1-based line and column in that file (the whole file, frontmatter included). */
  line: number;
  column: number;
  /** Short stable name of the rule broken, e.g. `mdx/expression-in-text`; the guide lists them. */
  rule: string;
  /** The problem and its fix in Ukrainian … */
  uk: string;
  /** … and in English. */
  en: string;
}

export interface Where {
  file: string;
  line: number;
  column: number;
}

/** `content/uk/x.mdx:16:10 [rule]` then the Ukrainian and the English line, indented. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column} [${p.rule}]\n  ${sentence(p.uk)}\n  ${sentence(p.en)}`;
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

/** The candidate an editor most likely meant (text/did-you-mean.ts), or null. */
export function closest(value: string, candidates: readonly string[]): string | null {
  return nearest(value, candidates);
}

/** ' Можливо, ви мали на увазі «x»?' / ' Did you mean "x"?' — empty when there is nothing close. */
export function didYouMean(value: string, candidates: readonly string[]): { uk: string; en: string } {
  const hit = closest(value, candidates);
  return hit === null
    ? { uk: '', en: '' }
    : { uk: ` Можливо, ви мали на увазі ${quoteUk(hit)}?`, en: ` Did you mean ${quoteEn(hit)}?` };
}

export const quoteUk = (s: string) => `«${s}»`;
export const quoteEn = (s: string) => `"${s}"`;

/** The closing line of a report: how many problems in how many files, both languages. */
export function summary(problems: ContentProblem[]): string {
  const n = problems.length;
  const files = new Set(problems.map((p) => p.file)).size;
  return (
    `Знайдено проблем: ${n} (файлів: ${files}). Виправте їх і запустіть перевірку знову: npm run check:content\n` +
    `Found ${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and check again: npm run check:content`
  );
}
