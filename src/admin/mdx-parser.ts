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
    if (typeof e.line === 'number') {
      throw new Error(`${e.line}:${e.column ?? 1}: ${e.reason ?? e.message ?? ''}`, { cause: err });
    }
    throw err;
  }
}
