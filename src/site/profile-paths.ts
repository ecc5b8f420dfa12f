// Where an oblast's profile lives: /oblasts/ua-46/ and /en/oblasts/ua-46/, and its files.
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../contract/types.ts';
import { withBase } from './url.ts';

/** URL segment of an oblast: 'UA-46' → 'ua-46'. */
export function oblastSlug(iso: string): string {
  return iso.toLowerCase();
}

/** The profile's path without language prefix or base, as Base.astro takes it: 'oblasts/ua-46'. */
export function profilePathSegment(iso: string): string {
  return `oblasts/${oblastSlug(iso)}`;
}

/** Link (base included) to an oblast's profile, e.g. '/en/oblasts/ua-46/'. */
export function profileHref(iso: string, lang: Lang): string {
  return getRelativeLocaleUrl(lang, profilePathSegment(iso));
}

/** The social card's file name: 'oblast-ua-46-en'. */
export function profileOgName(iso: string, lang: Lang): string {
  return `oblast-${oblastSlug(iso)}-${lang}`;
}

/** The oblast's downloads and card (base included) and social image (`og` without base, as Base.astro takes it). */
export function profileFiles(
  iso: string,
  lang: Lang,
): { csv: string; json: string; og: string; ogHref: string; embed: string } {
  const slug = oblastSlug(iso);
  const og = `/og/${profileOgName(iso, lang)}.png`;
  return {
    embed: getRelativeLocaleUrl(lang, `embed/oblast-${slug}`),
    csv: withBase(`/data/oblasts/${slug}.csv`),
    json: withBase(`/data/oblasts/${slug}.json`),
    og,
    ogHref: withBase(og),
  };
}
