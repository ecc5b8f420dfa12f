import type { APIRoute } from 'astro';
import { graphicSvg } from '../../../../lib/embed/files.ts';
import { graphicPaths } from '../../../../lib/embed/site-graphics.ts';
import { pageLang } from '../../../../lib/site/lang.ts';
import { withLocales } from '../../../../lib/site/locale-paths.ts';

export const getStaticPaths = async () => withLocales(await graphicPaths());

export const GET: APIRoute = async ({ params, site, currentLocale }) =>
  new Response(await graphicSvg(params.id!, pageLang(currentLocale), site), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
