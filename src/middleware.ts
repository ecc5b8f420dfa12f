// Every page and endpoint of the build reads the same published set from `Astro.locals.site`.
import { defineMiddleware } from 'astro:middleware';
import { publishedSite } from './site/published.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.site = publishedSite();
  return next();
});
