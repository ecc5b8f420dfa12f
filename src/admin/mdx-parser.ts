// satteri's `mdxToMdast` for the browser. satteri's WebAssembly build needs shared memory,
// which browsers only give cross-origin-isolated pages (COOP/COEP headers that GitHub Pages
// cannot send), so the admin bundle swaps in micromark's MDX parser — the reference parser
// satteri ports, with the same node types and the same error messages — and keeps the
// content check itself (src/site/content) unchanged. mdx-parser.test.ts holds the two
// parsers to the same verdict on every file in content/.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Any mdast node, as the content check walks it. */
export interface MdastNode {
  type: string;
  children?: MdastNode[];
  [key: string]: unknown;
}

/**
 * Parses a whole MDX file (frontmatter as a `yaml` node) to mdast with positions.
 * Throws an Error whose message starts with `line:column: ` on a syntax error, as satteri does.
 */
export function mdxToMdast(source: string): MdastNode {
  try {
    return fromMarkdown(source, {
      extensions: [frontmatter(['yaml']), mdxjs()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
    }) as unknown as MdastNode;
  } catch (err) {
    const e = err as { line?: number; column?: number; reason?: string; message?: string };
    if (typeof e.line !== 'number') throw err;
    let reason = e.reason ?? e.message ?? '';
    let [line, column] = [e.line, e.column ?? 1];
    // micromark places an unclosed tag at its paragraph and names the tag's range in the
    // text ("(18:7-18:10)"); satteri places it at the tag and names its start ("(18:7)").
    const range = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    if (range) {
      [line, column] = [Number(range[1]), Number(range[2])];
      reason = reason.replace(range[0], `(${range[1]}:${range[2]})`);
    }
    // A bad character after `<` (as in `<!--`): satteri points at the `<`, micromark after it.
    if (/before name/.test(reason) && column > 1) column -= 1;
    throw new Error(`${line}:${column}: ${reason}`, { cause: err });
  }
}
