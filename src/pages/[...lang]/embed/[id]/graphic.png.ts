import type { APIRoute } from 'astro';
import { graphicPng } from '../../../../site/embed/files.ts';
import { graphicPaths } from '../../../../site/embed/site-graphics.ts';
import { pageLang } from '../../../../site/lang.ts';
import { withLocales } from '../../../../site/locale-paths.ts';
import { withCacheKey } from '../../../../site/build/cache-key.ts';

export const getStaticPaths = async () => withCacheKey(withLocales(await graphicPaths()));

export const GET: APIRoute = async ({ params, site, currentLocale, locals }) =>
  new Response(Buffer.from(await graphicPng(params.id!, pageLang(currentLocale), site, locals.site)), {
    headers: { 'Content-Type': 'image/png' },
  });
