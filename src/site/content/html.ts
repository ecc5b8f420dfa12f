// The HTML an editor may write in MDX. Text-level elements only, with attributes that
// cannot run code, load anything or move the reader elsewhere unasked. Everything else
// (script, iframe, meta, style, link, form, object, embed, on* handlers, javascript:
// URLs …) fails the content check. content/README.md lists the same.

/** Allowed elements → the attributes each may carry besides the global ones. */
export const allowedElements: Record<string, readonly string[]> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  br: [],
  cite: [],
  code: [],
  del: [],
  dfn: [],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  u: [],
  wbr: [],
};

/** Attributes every allowed element may carry. */
export const globalAttributes: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes whose value is a URL, checked by linkSchemeProblem. */
export const urlAttributes: readonly string[] = ['href'];

/** Schemes a link may use; a link without a scheme is relative and stays on the site. */
const allowedSchemes: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The scheme of a URL as a browser would read it (it ignores ASCII tabs, newlines and
 * leading spaces or control characters, so `java\tscript:` is `javascript:`), or null
 * for a relative URL.
 */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]!.toLowerCase() : null;
}

/** The disallowed scheme of a link (`javascript`, `data`, …), or null when the link is fine. */
export function linkSchemeProblem(url: string): string | null {
  // `//host/…` (or `\\host`, which browsers read the same way) leaves the site without a scheme.
  // eslint-disable-next-line no-control-regex
  if (/^[/\\]{2}/.test(url.replace(/[\u0000-\u0020]/g, ''))) return '//';
  const scheme = urlScheme(url);
  return scheme === null || allowedSchemes.includes(scheme) ? null : scheme;
}
