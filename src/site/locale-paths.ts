// getStaticPaths for the pages every language has. A page is one route file under
// src/pages/[...lang]/: the default locale has no URL segment (`lang` undefined: /about/),
// every other locale its code (/en/about/). Locales come from astro.config.mjs, so a new
// language is a config change, not a copy of every page.
import { i18n } from 'astro:config/client';

/** Static paths of a `[...lang]` route, one per configured locale. */
export function localePaths(): { params: { lang: string | undefined } }[] {
  if (!i18n) throw new Error('astro.config.mjs has no i18n section');
  const { defaultLocale, locales, routing } = i18n;
  const prefixDefault = typeof routing === 'object' && routing.prefixDefaultLocale;
  return locales
    .map((l) => (typeof l === 'string' ? l : l.path))
    .map((code) => ({ params: { lang: code === defaultLocale && !prefixDefault ? undefined : code } }));
}

/** Static paths of a `[...lang]` route with further params: each entry once per locale. */
export function withLocales<P extends Record<string, string>>(
  entries: { params: P }[],
): { params: P & { lang: string | undefined } }[] {
  return localePaths().flatMap(({ params: { lang } }) =>
    entries.map(({ params }) => ({ params: { ...params, lang } })),
  );
}
