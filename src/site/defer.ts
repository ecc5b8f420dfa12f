// Disclosures whose content stays out of the DOM until they are opened. A page's long
// tables sit behind <details>; a reader with scripting on who never opens one should not pay
// for its elements (DOM size, style and layout work on the first paint). So the content after
// the <summary> of every `<details data-defer>` is wrapped in `<noscript data-deferred>`:
//   - scripting on: the parser keeps a <noscript>'s content as ONE text node; the client
//     script (src/scripts/deferred.ts) parses it into the page when the disclosure opens;
//   - scripting off: the <noscript> renders as ordinary elements inside the <details>, so the
//     page works as before.
// Runs on every built HTML page (src/middleware.ts); the components only mark their <details>.

const OPEN = /<details\b[^>]*>/gi;
const TAG = /<(\/?)details\b[^>]*>/gi;
const MARKED = /^<details\b[^>]*\sdata-defer(?:[\s=>]|$)/i;
const SUMMARY_END = /<\/summary\s*>/i;
/** Content that cannot live inside a <noscript>: another noscript (no nesting) or a script (would not run). */
const UNSAFE = /<\/?(?:noscript|script)\b/i;

/** [start, end) of the `</details>` that closes the `<details>` opening at `from`, or null. */
function closing(html: string, from: number): [number, number] | null {
  TAG.lastIndex = from;
  let depth = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return [m.index, m.index + m[0].length];
  }
  return null;
}

/**
 * `html` with the content of every `<details data-defer>` (everything between its `</summary>`
 * and its `</details>`) inside `<noscript data-deferred>…</noscript>`. A disclosure left as it is:
 * one without a summary or a closing tag, or whose content holds a <noscript> or <script>.
 * Pure; the rest of the document is kept byte for byte.
 */
export function deferDisclosures(html: string): string {
  let out = '';
  let at = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    if (m.index < at || !MARKED.test(m[0])) continue;
    const close = closing(html, m.index);
    if (!close) continue;
    const inner = html.slice(m.index + m[0].length, close[0]);
    const summary = SUMMARY_END.exec(inner);
    if (!summary) continue;
    const split = m.index + m[0].length + summary.index + summary[0].length;
    const content = html.slice(split, close[0]);
    if (UNSAFE.test(content) || content.trim() === '') continue;
    out += `${html.slice(at, split)}<noscript data-deferred>${content}</noscript>`;
    at = close[0];
    OPEN.lastIndex = close[1];
  }
  return out + html.slice(at);
}
