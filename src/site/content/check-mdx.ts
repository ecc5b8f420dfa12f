// The content check of one MDX file: one parse with Astro's MDX parser, one walk of the
// tree. Code (`…` and fenced blocks) is text and never checked as tags; attribute values
// written as {"…"} are checked like "…"; every problem carries its exact line and column.
// The same walk records where each map and chart appears, for the embeds' links back.
import type {
  MdxJsxAttributeNode as MdxJsxAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'satteri';
import type { Codebook, Localized } from '../../contract/types.ts';
import { didYouMean } from '../../text/did-you-mean.ts';
import { components, idLists, type AttributeRule, type ComponentSpec, type IdListName } from './components.ts';
import { allowedElements, globalAttributes, linkSchemeProblem, urlAttributes, urlScheme } from './html.ts';
import { messages } from './messages.ts';
import { parseMdx } from './parse-mdx.ts';
import type { ContentProblem } from './problem.ts';
import { attributeOffsets, lineColumn } from './tag-scan.ts';

/** A map or chart shown by the text: `kind`-`subject` is its graphic id (map-has_cdto). */
export interface GraphicUse {
  kind: 'map' | 'bar';
  subject: string;
  line: number;
}

export interface MdxCheck {
  problems: ContentProblem[];
  graphics: GraphicUse[];
  /** The YAML between the `---` lines and the line it starts on, or null when there is none. */
  frontmatter: { yaml: string; line: number } | null;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface AnyNode {
  type: string;
  value?: unknown;
  url?: string;
  children?: AnyNode[];
  position?: { start: Point };
}
type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** A literal written as an attribute's value, or `code` when it is real program code. */
type Value = { kind: 'text'; text: string } | { kind: 'bare' } | { kind: 'boolean' } | { kind: 'code'; code: string };

/**
 * Checks one MDX file (its whole text, frontmatter included, so lines are the editor's):
 * syntax, expressions in text, import/export, components and their attributes and ids
 * against the codebook, the HTML allowlist and link schemes. Frontmatter fields are
 * checked separately (check-frontmatter.ts) from the `frontmatter` returned here.
 */
export function checkMdx(source: string, file: string, codebook: Codebook): MdxCheck {
  const parsed = parseMdx(source);
  if (!parsed.ok) {
    const { line, column, text } = parsed;
    return { problems: [{ file, line, column, rule: 'mdx/syntax', ...text }], graphics: [], frontmatter: null };
  }
  const lists = idLists(codebook);
  const problems: ContentProblem[] = [];
  const graphics: GraphicUse[] = [];
  let frontmatter: MdxCheck['frontmatter'] = null;
  const report = (at: Point | undefined, rule: string, text: Localized): void => {
    problems.push({ file, line: at?.line ?? 1, column: at?.column ?? 1, rule, ...text });
  };

  /** Where the i-th attribute of an element starts; the element itself if it cannot be told. */
  const attributePoint = (node: Element, i: number): Point | undefined => {
    const start = node.position?.start;
    if (start?.offset === undefined) return start;
    const offsets = attributeOffsets(source, start.offset);
    const offset = offsets.length === node.attributes.length ? offsets[i] : undefined;
    return offset === undefined ? start : lineColumn(source, offset);
  };

  function checkHtml(node: Element, name: string): void {
    const at = node.position?.start;
    const allowedAttrs = own(allowedElements, name);
    if (allowedAttrs === undefined) {
      const component = didYouMean(name, Object.keys(components));
      report(at, 'html/element', messages.htmlElement(name, Object.keys(allowedElements), component));
      return;
    }
    const allowed = [...allowedAttrs, ...globalAttributes];
    node.attributes.forEach((attr, i) => {
      const where = attributePoint(node, i);
      if (attr.type === 'mdxJsxExpressionAttribute') {
        report(where, 'mdx/spread-attribute', messages.spreadAttribute(name, attr.value));
        return;
      }
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) return report(where, 'html/event-handler', messages.htmlEventHandler(name, attr.name));
      if (attrName === 'style') return report(where, 'html/style', messages.htmlStyle(name));
      if (!allowed.includes(attr.name)) {
        return report(where, 'html/attribute', messages.htmlAttribute(name, attr.name, allowed));
      }
      const value = valueOf(attr);
      if (value.kind === 'code') {
        return report(where, 'mdx/expression-attribute', messages.expressionAttribute(name, attr.name, value.code));
      }
      if (value.kind !== 'text' || !urlAttributes.includes(attr.name)) return;
      const scheme = linkSchemeProblem(value.text);
      if (scheme !== null) report(where, 'html/url-scheme', messages.linkScheme(value.text, scheme));
    });
  }

  function checkComponent(node: Element, name: string, spec: ComponentSpec): void {
    const at = node.position?.start;
    const given = new Map<string, Value>();
    node.attributes.forEach((attr, i) => {
      const where = attributePoint(node, i);
      if (attr.type === 'mdxJsxExpressionAttribute') {
        report(where, 'mdx/spread-attribute', messages.spreadAttribute(name, attr.value));
        return;
      }
      const rule = own(spec.attributes, attr.name);
      if (!rule) {
        report(where, 'mdx/unknown-attribute', messages.unknownAttribute(name, attr.name, Object.keys(spec.attributes)));
        return;
      }
      const value = valueOf(attr);
      given.set(attr.name, value);
      for (const problem of checkValue(name, attr.name, rule, value, lists)) report(where, problem.rule, problem.text);
    });
    for (const required of spec.required) {
      if (!given.has(required)) {
        report(at, 'mdx/missing-attribute', messages.missingAttribute(name, required, example(spec.attributes[required], lists)));
      }
    }
    if (spec.oneOf && spec.oneOf.filter((a) => given.has(a)).length !== 1) {
      const written = spec.oneOf.filter((a) => given.has(a));
      const first = spec.oneOf[0] ?? '';
      report(at, 'mdx/one-of', messages.oneOf(name, spec.oneOf, written, example(spec.attributes[first], lists)));
    }
    for (const [attr, needed] of Object.entries(spec.requires ?? {})) {
      if (given.has(attr) && !given.has(needed)) report(at, 'mdx/requires', messages.requires(name, attr, needed));
    }
    const inline = spec.inlineFlag !== undefined && given.has(spec.inlineFlag);
    if (node.type === 'mdxJsxTextElement' && !inline) {
      report(at, 'mdx/block-in-text', messages.blockInText(name, spec.inlineFlag));
    }
    // Noun forms agree with a count only, and only inside a sentence.
    for (const [attr, rule] of Object.entries(spec.attributes)) {
      if (rule.type !== 'nouns' || !given.has(attr)) continue;
      if (!given.has(rule.needs)) report(at, 'mdx/noun-needs-inline', messages.nounNeedsFlag(name, rule.needs));
      const counted = textOf(given.get(rule.countOf));
      if (counted !== null && lists.keyFigure.includes(counted) && !lists.countFigure.includes(counted)) {
        report(at, 'mdx/noun-not-count', messages.nounNotCount(name, counted, lists.countFigure));
      }
    }
    if (spec.graphic) {
      const subject = textOf(given.get(spec.graphic.attribute))?.trim();
      const rule = spec.attributes[spec.graphic.attribute];
      if (subject && rule?.type === 'id' && lists[rule.list].includes(subject)) {
        graphics.push({ kind: spec.graphic.kind, subject, line: at?.line ?? 1 });
      }
    }
  }

  function checkElement(node: Element): void {
    const name = node.name;
    if (name === null) return report(node.position?.start, 'mdx/fragment', messages.fragment());
    const spec = own(components, name);
    if (spec) return checkComponent(node, name, spec);
    if (/^[a-z]/.test(name)) return checkHtml(node, name);
    report(node.position?.start, 'mdx/unknown-component', messages.unknownComponent(name, Object.keys(components)));
  }

  function walk(node: AnyNode): void {
    const at = node.position?.start;
    switch (node.type) {
      case 'yaml':
        frontmatter = { yaml: String(node.value ?? ''), line: at?.line ?? 1 };
        return;
      case 'code':
      case 'inlineCode':
        return; // code is text
      case 'mdxjsEsm':
        return void report(at, 'mdx/import-export', messages.importExport());
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(node.value ?? '');
        if (!isOnlyComments(code)) report(at, 'mdx/expression-in-text', messages.expressionInText(code));
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as unknown as Element);
        break;
      case 'link':
      case 'definition': {
        const scheme = linkSchemeProblem(node.url ?? '');
        if (scheme !== null) report(at, 'html/url-scheme', messages.linkScheme(node.url ?? '', scheme));
        break;
      }
      case 'image':
        if (urlScheme(node.url ?? '') !== null || (node.url ?? '').startsWith('//')) {
          report(at, 'md/remote-image', messages.remoteImage(node.url ?? ''));
        }
        break;
    }
    node.children?.forEach(walk);
  }

  walk(parsed.tree as unknown as AnyNode);
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, graphics, frontmatter };
}

/** record[key] for the record's own keys only: an editor's `<constructor>` is not Object's. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `{/* a note *\/}` is how MDX writes a comment; only real code is a problem. */
function isOnlyComments(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

function valueOf(attr: MdxJsxAttribute): Value {
  const v = attr.value;
  if (v === null || v === undefined) return { kind: 'bare' };
  if (typeof v === 'string') return { kind: 'text', text: v };
  return literal(v.value);
}

/** A JS literal written in braces, as a value: {"x"}, {'x'}, {`x`}, {true}, {3}; anything else is code. */
function literal(code: string): Value {
  const c = code.trim();
  if (c === 'true' || c === 'false') return { kind: 'boolean' };
  if (/^-?\d+(\.\d+)?$/.test(c)) return { kind: 'text', text: c };
  if (/^`[^`$\\]*`$/.test(c)) return { kind: 'text', text: c.slice(1, -1) };
  const quoted = /^(["'])((?:\\.|(?!\1)[^\\])*)\1$/.exec(c);
  if (quoted) {
    try {
      const inner = quoted[1] === "'" ? quoted[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"') : quoted[2]!;
      return { kind: 'text', text: JSON.parse(`"${inner}"`) as string };
    } catch {
      return { kind: 'code', code };
    }
  }
  return { kind: 'code', code };
}

const textOf = (v: Value | undefined): string | null => (v?.kind === 'text' ? v.text : null);

function checkValue(
  component: string,
  attr: string,
  rule: AttributeRule,
  value: Value,
  lists: Record<IdListName, string[]>,
): { rule: string; text: Localized }[] {
  if (value.kind === 'code') {
    return [{ rule: 'mdx/expression-attribute', text: messages.expressionAttribute(component, attr, value.code) }];
  }
  if (rule.type === 'flag') {
    return value.kind === 'text' ? [{ rule: 'mdx/flag-value', text: messages.flagValue(component, attr) }] : [];
  }
  const text = value.kind === 'text' ? value.text.trim() : '';
  const ids = rule.type === 'ids' ? text.split(',').map((s) => s.trim()).filter(Boolean) : [text];
  if (text === '' || ids.length === 0) return [{ rule: 'mdx/empty-value', text: messages.emptyValue(component, attr) }];
  switch (rule.type) {
    case 'id':
    case 'ids': {
      const valid = lists[rule.list];
      return ids
        .filter((id) => !valid.includes(id))
        .map((id) => ({ rule: 'mdx/unknown-id', text: messages.unknownId(component, attr, id, valid) }));
    }
    case 'choice':
      return rule.values.includes(text)
        ? []
        : [{ rule: 'mdx/bad-value', text: messages.badChoice(component, attr, text, rule.values) }];
    case 'nouns': {
      // Ukrainian nouns agree with a number in three forms (1, 2–4, 5+; two where the last two
      // coincide, as in «з 1 області / з 24 областей»), English ones in two: a single form would
      // put a wrong one on the page for some numbers.
      const forms = text.split('|');
      const fits = /[\u0400-\u04ff]/.test(text) ? forms.length === 2 || forms.length === 3 : forms.length === 2;
      return !fits || forms.some((f) => f.trim() === '')
        ? [{ rule: 'mdx/noun-forms', text: messages.nounForms(component, text) }]
        : [];
    }
    case 'text':
      return [];
  }
}

function example(rule: AttributeRule | undefined, lists: Record<IdListName, string[]>): string {
  if (rule?.type === 'id' || rule?.type === 'ids') return lists[rule.list][0] ?? '…';
  if (rule?.type === 'choice') return rule.values[0] ?? '…';
  return '…';
}
