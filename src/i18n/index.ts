// One way to a string: `t(lang)` gives that language's catalogue; `localized(pick)` gives
// one string per language for values that carry every language at once (a Problem's
// message, a JSON download's notice). Adding a language is one catalogue file here plus its
// locale in astro.config.mjs (and its labels in the codebook).
import type { Lang, Localized } from '../contract/types.ts';
import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { uk } from './uk.ts';

export type { Catalogue };

/** Each language's own name, its short label, and its codes for HTML and Open Graph. */
export const languages: Record<Lang, { name: string; short: string; htmlLang: string; ogLocale: string }> = {
  uk: { name: 'Українська', short: 'UA', htmlLang: 'uk', ogLocale: 'uk_UA' },
  en: { name: 'English', short: 'EN', htmlLang: 'en', ogLocale: 'en_GB' },
};

/** The language a page's switch offers: the other of the two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'uk' ? 'en' : 'uk';
}

/** Every language's catalogue, in the order languages are listed (Ukrainian first). */
export const catalogues: Record<Lang, Catalogue> = { uk, en };

/** The catalogue of `lang`: `t('uk').site.navReport`, `t(lang).content.unknownComponent(name, known)`. */
export function t(lang: Lang): Catalogue {
  return catalogues[lang];
}

/**
 * The same message in every language: `localized((c) => c.ingest.missingColumn(name))`
 * → `{ uk: '…', en: '…' }`. For values that travel with all their languages (problems,
 * notices in downloads); pages pick one language with `t(lang)` instead.
 */
export function localized(pick: (c: Catalogue) => string): Localized {
  const out = {} as Localized;
  for (const lang of Object.keys(catalogues) as Lang[]) out[lang] = pick(catalogues[lang]);
  return out;
}
