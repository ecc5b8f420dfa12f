// The content check before a save: the entry Sveltia is about to write, rebuilt as the
// MDX files it will become, through the same checkFile as `npm run check:content`.
import yaml from 'js-yaml';
import type { Codebook, Lang } from '../contract/types.ts';
import { checkFile } from '../site/content/check-content.ts';
import type { ContentProblem } from '../site/content/problem.ts';
import { frontmatterOrder } from './config.ts';

/** One language's fields of an entry, as Sveltia holds them (the text under `body`). */
export type EntryFields = Record<string, unknown>;

/**
 * The file text for one language version: frontmatter in the house order (empty optional
 * fields left out, as the CMS writes them), a blank line, then the body. Lines match the
 * saved file's, so a problem's line is where the editor finds it.
 */
export function entrySource(fields: EntryFields): string {
  const front: Record<string, unknown> = {};
  for (const key of [...frontmatterOrder, ...Object.keys(fields)]) {
    const v = fields[key];
    if (key === 'body' || key in front || v === undefined || v === null || v === '') continue;
    front[key] = v;
  }
  const body = typeof fields.body === 'string' ? fields.body : '';
  return `---\n${yaml.dump(front, { lineWidth: -1 })}---\n\n${body}`;
}

/** A problem before a save, with the text of its line: the editor sees no line numbers in the admin. */
export interface SaveProblem extends ContentProblem {
  /** The line the problem is on, trimmed (empty when the line is blank). */
  text: string;
}

/** Every problem of the entry's language versions, each named by its file (content/uk/<slug>.mdx). */
export function checkEntry(
  versions: Partial<Record<Lang, EntryFields>>,
  slug: string,
  codebook: Codebook,
): SaveProblem[] {
  return (Object.entries(versions) as [Lang, EntryFields][]).flatMap(([lang, fields]) => {
    const source = entrySource(fields);
    const lines = source.split('\n');
    return checkFile(source, `content/${lang}/${slug}.mdx`, codebook).problems.map((p) => ({
      ...p,
      text: (lines[p.line - 1] ?? '').trim(),
    }));
  });
}
