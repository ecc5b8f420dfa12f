// Per-page promises every built page must keep, as plain functions that return the
// problems found (an empty list means the page is fine).
import {
  allElements,
  attr,
  attrNames,
  parseHtml,
  select,
  textContent,
  type HtmlDoc,
} from '../../scripts/site-check/html.ts';

export function structureProblems(html: string, opts: { illustrative: boolean }): string[] {
  const doc = parseHtml(html);
  return [
    ...headingProblems(doc),
    ...headProblems(doc),
    ...duplicateIds(doc).map((id) => `duplicate id "${id}"`),
    ...inlineHandlers(doc),
    ...(opts.illustrative ? noticeProblems(doc) : []),
  ];
}

function headingProblems(doc: HtmlDoc): string[] {
  const h1s = select(doc, 'h1');
  if (h1s.length !== 1) return [`expected exactly one <h1>, found ${h1s.length}`];
  return textContent(h1s[0]).trim() ? [] : ['<h1> is empty'];
}

function headProblems(doc: HtmlDoc): string[] {
  const problems: string[] = [];
  const html = select(doc, 'html')[0];
  if (!html || !attr(html, 'lang')?.trim()) problems.push('<html> has no lang attribute');
  const titles = select(doc, 'head title');
  if (titles.length !== 1 || !textContent(titles[0]).trim()) problems.push('expected one non-empty <title> in <head>');
  const descriptions = select(doc, 'meta[name="description"]');
  if (descriptions.length !== 1 || !attr(descriptions[0], 'content')?.trim()) {
    problems.push('expected one non-empty <meta name="description">');
  }
  return problems;
}

function duplicateIds(doc: HtmlDoc): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const el of allElements(doc)) {
    const id = attr(el, 'id');
    if (id === undefined) continue;
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return [...dup];
}

/** Inline on* handlers are what a CSP without 'unsafe-inline' exists to stop. */
export function inlineHandlers(doc: HtmlDoc): string[] {
  const out: string[] = [];
  for (const el of allElements(doc)) {
    for (const name of attrNames(el)) {
      if (/^on/i.test(name)) out.push(`<${el.name}> carries inline handler ${name}="${attr(el, name)}"`);
    }
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      const value = attr(el, name);
      if (value && /^\s*javascript:/i.test(value)) out.push(`<${el.name}> has a javascript: URL in ${name}`);
    }
  }
  return out;
}

function noticeProblems(doc: HtmlDoc): string[] {
  const notices = select(doc, '[data-illustrative-notice]');
  if (notices.length === 0) return ['illustrative-data notice ([data-illustrative-notice]) is missing'];
  const shown = notices.some(
    (n) => textContent(n).trim().length > 0 && attr(n, 'hidden') === undefined && attr(n, 'aria-hidden') !== 'true',
  );
  return shown ? [] : ['illustrative-data notice has no visible text'];
}
