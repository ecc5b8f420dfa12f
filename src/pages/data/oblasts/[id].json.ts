import type { APIRoute } from 'astro';
import { publishedSite } from '../../../site/published.ts';
import { oblastSlug } from '../../../site/profile-paths.ts';
import { profileJson } from '../../../site/profile/downloads.ts';
import { withCacheKey } from '../../../site/build/cache-key.ts';

export function getStaticPaths() {
  return withCacheKey(publishedSite().registry.map((u) => ({ params: { id: oblastSlug(u.iso) } })));
}

export const GET: APIRoute = ({ params, locals }) => {
  const { oblasts, communities, dataset } = locals.site;
  const o = oblasts.find((x) => oblastSlug(x.iso) === params.id)!;
  return new Response(profileJson(o, communities, dataset), { headers: { 'Content-Type': 'application/json' } });
};
