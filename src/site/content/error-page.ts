// The page `npm run dev` shows instead of the report while content/ has problems: every
// problem with its file, line, the line itself, what is wrong and the fix, Ukrainian
// first. It asks the dev server once a second whether the problems changed and reloads
// when they did, so saving a fix brings the page back without a click.
import { t } from '../../i18n/index.ts';
import { escapeXml } from '../../text/escape.ts';
import { sentence, type ContentProblem } from './problem.ts';

export interface ErrorPageOptions {
  /** Where the dev server answers with the current `stamp` of the problems. */
  pollUrl: string;
  /** Identifies this set of problems; the page reloads when the server's differs. */
  stamp: string;
  /** The text of a line of a file, to show it under the problem; null when unreadable. */
  lineOf: (file: string, line: number) => string | null;
}

export function renderErrorPage(problems: ContentProblem[], { pollUrl, stamp, lineOf }: ErrorPageOptions): string {
  const items = problems
    .map((p) => {
      const line = lineOf(p.file, p.line);
      const code =
        line === null
          ? ''
          : `<pre><code><span class="n">${p.line}</span> ${escapeXml(line)}\n<span class="n">${' '.repeat(String(p.line).length)}</span> ${' '.repeat(Math.max(0, p.column - 1))}^</code></pre>`;
      return `<li>
<p class="where"><strong>${escapeXml(`${p.file}:${p.line}:${p.column}`)}</strong> <span class="rule">${escapeXml(p.rule)}</span></p>
${code}
<p lang="uk">${escapeXml(sentence(p.uk))}</p>
<p lang="en" class="en">${escapeXml(sentence(p.en))}</p>
</li>`;
    })
    .join('\n');
  const n = problems.length;
  const [uk, en] = [t('uk').content, t('en').content];
  return `<!doctype html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${uk.errorPageTitle} · ${en.errorPageTitle}</title>
<script>
let reloading = false;
setInterval(() => {
  if (reloading) return;
  fetch(${escapeScript(JSON.stringify(pollUrl))}, { cache: 'no-store' })
    .then((r) => r.text())
    .then((now) => { if (now !== ${escapeScript(JSON.stringify(stamp))}) { reloading = true; location.reload(); } })
    .catch(() => {});
}, 1000);
</script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #a4000f; }
ol { padding-left: 1.25rem; }
li { margin: 0 0 1.5rem; padding: 0.75rem 1rem; border-left: 4px solid #a4000f; background: #fff5f5; overflow-wrap: anywhere; }
.where { margin: 0; font-family: ui-monospace, monospace; }
.rule { color: #555; font-size: 0.875rem; }
pre { background: #fff; border: 1px solid #ddd; padding: 0.5rem; overflow-x: auto; }
.n { color: #888; }
.en { color: #444; }
</style>
</head>
<body>
<h1>${uk.errorPageHeading(n)}</h1>
<p>${uk.errorPageFix(n)}</p>
<p class="en" lang="en">${en.errorPageHeading(n)}. ${en.errorPageFix(n)}</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}

/** JSON inside an inline script: no `</script>` or `<!--` can end it early. */
function escapeScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}
