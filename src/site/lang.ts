import type { Lang } from '../contract/types.ts';

/** The page language from Astro's i18n routing ('/en/…' → 'en', otherwise 'uk'). */
export function pageLang(currentLocale: string | undefined): Lang {
  return currentLocale === 'en' ? 'en' : 'uk';
}
