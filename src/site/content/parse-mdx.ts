// MDX → mdast with Astro's own MDX parser (satteri, what @astrojs/mdx compiles with),
// so the content check and the build can never disagree about what is text, code, a
// tag or an expression. A syntax error becomes a located problem with an explanation
// an editor can act on.
import { mdxToMdast, type MdastNode } from 'satteri';
import { messages, type Text } from './messages.ts';

export type ParseResult =
  | { ok: true; tree: MdastNode }
  | { ok: false; line: number; column: number; text: Text };

/** What the parser says (English, for developers) → what the editor should do. */
const explanations: { match: RegExp; uk: string; en: string }[] = [
  {
    match: /closing brace for `\{`|Could not parse expression|Unexpected `\}`/,
    uk: 'фігурна дужка { у тексті: MDX читає її як початок програмного коду. Якщо це звичайний текст, напишіть \\{ і \\}.',
    en: 'a curly brace { in the text: MDX reads it as the start of program code. If it is plain text, write \\{ and \\}.',
  },
  {
    match: /to create a comment in MDX/,
    uk: 'HTML-коментар <!-- … --> у MDX не працює. Коментар пишіть так: {/* текст */}.',
    en: 'an HTML comment <!-- … --> does not work in MDX. Write a comment as {/* text */}.',
  },
  {
    match: /to create a link in MDX/,
    uk: 'знак < тут не починає тег. Якщо це «менше ніж», напишіть \\<; посилання пишіть так: [текст](https://…).',
    en: 'this < does not start a tag. If it means "less than", write \\<; write a link as [text](https://…).',
  },
  {
    match: /Expected a closing tag for `<(area|br|col|embed|hr|img|input|link|meta|source|track|wbr)>`/,
    uk: 'тег <$1> у MDX закривається одразу, скісною рискою: <$1 />.',
    en: 'in MDX the tag <$1> closes at once, with a slash: <$1 />.',
  },
  {
    match: /Expected a closing tag for `<([^>]+)>`/,
    uk: 'тег <$1> не закрито: допишіть </$1> після тексту або закрийте його одразу: <$1 />.',
    en: 'the tag <$1> is not closed: add </$1> after its text, or close it at once: <$1 />.',
  },
  {
    match: /Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/,
    uk: 'закривальний тег </$1> не відповідає відкритому <$2>: закрийте спершу <$2>.',
    en: 'the closing tag </$1> does not match the open <$2>: close <$2> first.',
  },
];

const fallback = {
  uk: 'текст не вдалося прочитати як MDX: перевірте теги <…> і фігурні дужки { } біля цього місця.',
  en: 'the text could not be read as MDX: check the tags <…> and curly braces { } near this place.',
};

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
    const explain = known
      ? { uk: fill(known.uk, known.match, original), en: fill(known.en, known.match, original) }
      : fallback;
    return { ok: false, line: Number(at[1]), column: Number(at[2]), text: messages.syntax(explain.uk, explain.en, original) };
  }
}

/** Puts the tag names the parser found ($1, $2) into the explanation. */
function fill(template: string, match: RegExp, original: string): string {
  const groups = match.exec(original) ?? [];
  return template.replace(/\$(\d)/g, (_, i: string) => groups[Number(i)] ?? '');
}
