import type { APIRoute } from 'astro';
import { graphicCsvFile } from '../../../site/embed/files.ts';
import { graphicPaths } from '../../../site/embed/site-graphics.ts';
import { withCacheKey } from '../../../site/build/cache-key.ts';

export const getStaticPaths = async () => withCacheKey(await graphicPaths());

export const GET: APIRoute = async ({ params, locals }) =>
  new Response(await graphicCsvFile(params.id!, locals.site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
