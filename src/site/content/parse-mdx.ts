// MDX → mdast with Astro's own MDX parser (satteri, what @astrojs/mdx compiles with),
// so the content check and the build can never disagree about what is text, code, a
// tag or an expression. A syntax error becomes a located problem with an explanation
// an editor can act on.
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Localized } from '../../contract/types.ts';
import { localized, type Catalogue } from '../../i18n/index.ts';
import { messages } from './messages.ts';

export type ParseResult =
  | { ok: true; tree: MdastNode }
  | { ok: false; line: number; column: number; text: Localized };

/** What the parser says (English, for developers) → what the editor should do, with the tag names it found. */
const explanations: { match: RegExp; explain: (c: Catalogue['content'], groups: string[]) => string }[] = [
  { match: /closing brace for `\{`|Could not parse expression|Unexpected `\}`/, explain: (c) => c.braceInText() },
  { match: /to create a comment in MDX/, explain: (c) => c.htmlComment() },
  { match: /to create a link in MDX/, explain: (c) => c.lessThan() },
  {
    match: /Expected a closing tag for `<(area|br|col|embed|hr|img|input|link|meta|source|track|wbr)>`/,
    explain: (c, [, tag = '']) => c.voidTag(tag),
  },
  { match: /Expected a closing tag for `<([^>]+)>`/, explain: (c, [, tag = '']) => c.unclosedTag(tag) },
  {
    match: /Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/,
    explain: (c, [, closing = '', open = '']) => c.mismatchedTag(closing, open),
  },
];

/**
 * Parses a whole MDX file (frontmatter included, so positions are the editor's lines).
 * Never throws for bad input: a syntax error comes back with its line, column and text.
 */
export function parseMdx(source: string): ParseResult {
  try {
    return { ok: true, tree: mdxToMdast(source) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    if (!at) throw err; // not a syntax error: a bug, not an editor's mistake
    const original = at[3]!.replace(/\s*\(mdx-[\w:-]+\)\s*$/, '');
    const known = explanations.find((e) => e.match.test(original));
    const groups = known ? [...(known.match.exec(original) ?? [])] : [];
    const explain = localized((c) => (known ? known.explain(c.content, groups) : c.content.unreadable()));
    return { ok: false, line: Number(at[1]), column: Number(at[2]), text: messages.syntax(explain, original) };
  }
}
