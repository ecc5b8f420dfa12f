// Every page and endpoint of the build reads the same published set from `Astro.locals.site`.
// HTML pages then have their marked disclosures' content deferred (src/site/defer.ts).
import { defineMiddleware } from 'astro:middleware';
import { deferDisclosures } from './site/defer.ts';
import { publishedSite } from './site/published.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = publishedSite();
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(deferDisclosures(await response.text()), response);
});
