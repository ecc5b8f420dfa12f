// Every page and endpoint of the build reads the same published set from `Astro.locals.site`.
// Every HTML page then gets its typography (src/text/typeset-html.ts: soft hyphens in long
// words, no-break numbers and ranges) in one place, so MDX text and component text alike are
// covered and no attribute, script, SVG graphic or data file is touched; after that its marked
// disclosures' content is deferred (src/site/defer.ts), typeset like the rest; last, the column
// names its card tables registered while it rendered become its one label style in <head>
// (src/site/table-labels.ts: after typesetting, so a label reads as it was given), and its
// maps' shared geometry moves to the end of <body> (src/site/map/defs.ts: gzip reuses more).
import { defineMiddleware } from 'astro:middleware';
import { deferDisclosures } from './site/defer.ts';
import { withGeometryLast } from './site/map/defs.ts';
import { publishedSite } from './site/published.ts';
import { tableLabelCss, withTableLabelStyle } from './site/table-labels.ts';
import { typesetHtml } from './text/typeset-html.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = publishedSite();
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const lang = context.currentLocale === 'en' ? 'en' : 'uk';
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const { status, statusText } = response;
  const html = withGeometryLast(deferDisclosures(typesetHtml(await response.text(), lang)));
  const labels = tableLabelCss(context.locals.tableLabels ?? new Map());
  return new Response(withTableLabelStyle(html, labels), { status, statusText, headers });
});
