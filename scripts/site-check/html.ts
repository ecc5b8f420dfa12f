// A thin, typed layer over ultrahtml so the checks read like DOM code. ultrahtml
// keeps attribute values and text raw, so entity decoding happens here.
import { parse, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';

export type HtmlDoc = Node;
export type HtmlElement = Node;

export function parseHtml(html: string): HtmlDoc {
  return parse(html);
}

export function select(root: Node, selector: string): HtmlElement[] {
  return querySelectorAll(root, selector);
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

export function attr(el: HtmlElement, name: string): string | undefined {
  const raw = (el.attributes as Record<string, string> | undefined)?.[name];
  return raw === undefined ? undefined : decodeEntities(raw);
}

export function attrNames(el: HtmlElement): string[] {
  return Object.keys((el.attributes as Record<string, string> | undefined) ?? {});
}

/** Text as a reader would get it (scripts and styles excluded). */
export function textContent(node: Node): string {
  if (node.type === TEXT_NODE) return decodeEntities(String(node.value));
  if (node.type === ELEMENT_NODE && (node.name === 'script' || node.name === 'style')) return '';
  return ((node.children ?? []) as Node[]).map(textContent).join('');
}

/** Raw text inside an element such as <script> or <style>. */
export function rawText(el: HtmlElement): string {
  return ((el.children ?? []) as Node[]).map((c) => (c.type === TEXT_NODE ? String(c.value) : '')).join('');
}

export function allElements(root: Node): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (n: Node): void => {
    if (n.type === ELEMENT_NODE) out.push(n);
    for (const c of (n.children ?? []) as Node[]) walk(c);
  };
  walk(root);
  return out;
}
