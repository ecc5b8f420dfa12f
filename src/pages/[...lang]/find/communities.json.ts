// The data "find your community" searches, fetched by its script on first use (so the pages
// that carry the search field do not carry the list): [name, Latin name, link] per community.
import type { APIRoute } from 'astro';
import { localePaths } from '../../../site/locale-paths.ts';
import { pageLang } from '../../../site/lang.ts';
import { findGroups, searchEntries } from '../../../site/search/entries.ts';
import { withCacheKey } from '../../../site/build/cache-key.ts';

export function getStaticPaths() {
  return withCacheKey(localePaths());
}

export const GET: APIRoute = ({ locals, currentLocale }) => {
  const { communities, registry, codebook } = locals.site;
  const entries = searchEntries(findGroups(communities, registry, codebook, pageLang(currentLocale)));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
