// The copy-paste embed code. Plain HTML that works without our script (the iframe
// has a height that shows the whole graphic at common widths) and under a strict
// host CSP (no inline style or script; the optional script is one external file).
import { escapeXml } from '../../text/escape.ts';

export interface SnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** Accessible name of the frame. */
  title: string;
  height: number;
  /** Absolute URL of the host-side resizer; omit for the iframe alone. */
  resizer?: string;
}

export function iframeSnippet(o: SnippetOptions): string {
  const frame =
    `<iframe src="${escapeXml(o.src)}" title="${escapeXml(o.title)}" width="100%" height="${Math.round(o.height)}"` +
    ` frameborder="0" loading="lazy"></iframe>`;
  return o.resizer ? `${frame}\n<script src="${escapeXml(o.resizer)}" async></script>` : frame;
}
