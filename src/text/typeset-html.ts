// The typography of a built page in one pass over its HTML: soft hyphens in long words
// (hyphenate.ts) and no-break spaces in numbers and ranges (format.ts glueNumbers), applied to
// the text between tags — MDX body text and component text alike — and nowhere else. Every
// byte of markup stays as it was: tags, attribute values (aria-label, title, alt, data-*,
// <meta>), comments, <script> (JSON-LD, data islands, hashed for the CSP), <style>, <title>,
// <textarea> (embed code to copy), code, and inline SVG (graphics do not wrap, and the
// download buttons serialise it into SVG/PNG files, which must not carry these characters).
import type { Lang } from '../contract/types.ts';
import { glueNumbers } from './format.ts';
import { hyphenate } from './hyphenate.ts';

/** Elements whose text is left exactly as written, with everything inside them. */
const VERBATIM = new Set(['svg', 'math', 'code', 'pre', 'kbd', 'samp', 'template']);
/** Elements whose content is raw text up to their end tag (the HTML parser reads no tags in them). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

// A comment, a doctype or CDATA, an end tag, or a start tag whose attribute values may hold ">".
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][^\s/>]*)[^>]*>|<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
// A control named by aria-label whose visible text must stay part of that name (WCAG 2.5.3,
// axe's label-content-name-mismatch): its text is left as written, so the two still match.
const LABELLED_CONTROL = new Set(['a', 'button', 'summary', 'label', 'option']);
const WIDGET_ROLE = /(?:^|\s)role\s*=\s*["']?(?:button|link|menuitem\w*|tab|checkbox|radio|switch|option|treeitem)\b/i;
const ARIA_LABEL = /(?:^|\s)aria-label\s*=/i;
const LANG_ATTR = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

interface Open {
  name: string;
  lang: Lang | null;
  verbatim: boolean;
}

/** Our language for a lang attribute value: "uk", "uk-UA" → uk; "en", "en-GB" → en; any other → null (not hyphenated). */
function langOf(value: string): Lang | null {
  const primary = value.trim().toLowerCase().split('-')[0];
  return primary === 'uk' || primary === 'en' ? primary : null;
}

/** One run of text, typeset for `lang` (numbers are glued in any language). */
function typesetText(text: string, lang: Lang | null): string {
  if (!/\S/.test(text)) return text;
  return glueNumbers(lang === null ? text : hyphenate(text, lang));
}

/**
 * `html` (a whole page or a fragment) with its reader-visible text typeset: soft hyphens in
 * long words in the language of the nearest `lang` attribute (`lang` for text outside any),
 * no-break spaces and word joiners in numbers and ranges. Markup, attribute values and the
 * contents of script, style, title, textarea, code, pre, kbd, samp, template, svg and math are
 * returned byte for byte; so is every element marked `data-verbatim`, and every link, button or
 * other control named by `aria-label` (its visible text must stay part of its name). Tolerates unclosed
 * elements (an end tag closes everything opened after its start tag).
 */
export function typesetHtml(html: string, lang: Lang): string {
  const stack: Open[] = [{ name: '#root', lang, verbatim: false }];
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const top = stack[stack.length - 1]!;
    const text = html.slice(last, m.index);
    out += top.verbatim ? text : typesetText(text, top.lang);
    out += m[0];
    last = TAG.lastIndex;
    const [, endName, startName, attrs = ''] = m;
    if (endName !== undefined) {
      const name = endName.toLowerCase();
      const at = stack.findLastIndex((o) => o.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    if (startName === undefined) continue; // comment, doctype
    const name = startName.toLowerCase();
    if (RAW_TEXT.has(name)) {
      // Copy everything up to the end tag as it is.
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = last;
      const stop = close.exec(html)?.index ?? html.length;
      out += html.slice(last, stop);
      last = TAG.lastIndex = stop;
      continue;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
    const langAttr = LANG_ATTR.exec(attrs);
    stack.push({
      name,
      lang: langAttr ? langOf(langAttr[1] ?? langAttr[2] ?? langAttr[3] ?? '') : top.lang,
      verbatim:
        top.verbatim ||
        VERBATIM.has(name) ||
        /(?:^|\s)data-verbatim(?:[\s=]|$)/.test(attrs) ||
        (ARIA_LABEL.test(attrs) && (LABELLED_CONTROL.has(name) || WIDGET_ROLE.test(attrs))),
    });
  }
  const top = stack[stack.length - 1]!;
  const rest = html.slice(last);
  return out + (top.verbatim ? rest : typesetText(rest, top.lang));
}
