import type { APIRoute } from 'astro';
import { publishedSite } from '../../../site/published.ts';
import { oblastSlug } from '../../../site/profile-paths.ts';
import { profileCsv } from '../../../site/profile/downloads.ts';
import { withCacheKey } from '../../../site/build/cache-key.ts';

export function getStaticPaths() {
  return withCacheKey(publishedSite().registry.map((u) => ({ params: { id: oblastSlug(u.iso) } })));
}

export const GET: APIRoute = ({ params, locals }) => {
  const { oblasts, codebook, dataset } = locals.site;
  const o = oblasts.find((x) => oblastSlug(x.iso) === params.id)!;
  return new Response(profileCsv(o, codebook, dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
