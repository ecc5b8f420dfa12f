import type { APIRoute } from 'astro';
import { ogNames, ogPng } from '../../site/embed/files.ts';
import { profileOgNames, profileOgPng } from '../../site/profile/og.ts';
import { publishedSite } from '../../site/published.ts';
import { withCacheKey } from '../../site/build/cache-key.ts';

export async function getStaticPaths() {
  return withCacheKey([...(await ogNames()), ...profileOgNames(publishedSite())].map((name) => ({ params: { name } })));
}

export const GET: APIRoute = async ({ params, locals }) => {
  const name = params.name!;
  const png = name.startsWith('oblast-') ? profileOgPng(name, locals.site) : await ogPng(name, locals.site);
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
