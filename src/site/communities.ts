// The participating communities live on one page per oblast, so the report's own page
// weighs the same with 400 respondents or 100,000 (the report links to them).
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../contract/types.ts';

/** URL segment of an oblast's community page: 'UA-46' → 'ua-46'. */
export function communitySlug(iso: string): string {
  return iso.toLowerCase();
}

/** Link (base included) to an oblast's community page, e.g. '/en/communities/ua-46/'. */
export function communityPageHref(iso: string, lang: Lang): string {
  return getRelativeLocaleUrl(lang, communityPagePathSegment(iso));
}

/** The page path without language prefix, as Base.astro takes it: 'communities/ua-46'. */
export function communityPagePathSegment(iso: string): string {
  return `communities/${communitySlug(iso)}`;
}

/** How many communities answered in each oblast (ISO → count); oblasts without any are absent. */
export function communityCounts(communities: readonly { oblast: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of communities) out.set(c.oblast, (out.get(c.oblast) ?? 0) + 1);
  return out;
}
