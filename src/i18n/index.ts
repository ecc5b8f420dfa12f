// One way to a string: `t(lang)` gives that language's catalogue; `localized(pick)` gives
// one string per language for values that carry every language at once (a Problem's
// message, a JSON download's notice). The languages are the catalogues' keys, listed once
// below: adding a language is its catalogue file (typed `Catalogue`, so nothing can be
// missing), its entry in `catalogues` and its locale in astro.config.mjs (and its labels
// in the codebook). tests/unit/third-language.test.ts shows it with a stub language.
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

/** `t` and `localized` over a set of catalogues, one per language, the source language first. */
export interface Translations<L extends string> {
  /** The languages, in the order of the catalogues (the source language first). */
  readonly langs: readonly L[];
  /** The catalogue of `lang`: `t('uk').content.summary(3, 1)`. */
  t(lang: L): Catalogue;
  /**
   * The same message in every language: `localized((c) => c.content.fragment())` →
   * `{ uk: '…', en: '…' }`; `pick` also gets the language, for values already localized.
   */
  localized(pick: (c: Catalogue, lang: L) => string): Record<L, string>;
}

/** Translations over `catalogues` (a record from language code to its catalogue). */
export function translations<L extends string>(catalogues: Readonly<Record<L, Catalogue>>): Translations<L> {
  const langs = Object.keys(catalogues) as L[];
  return {
    langs,
    t: (lang) => catalogues[lang],
    localized: (pick) =>
      Object.fromEntries(langs.map((lang) => [lang, pick(catalogues[lang], lang)])) as Record<L, string>,
  };
}

/** Every language's catalogue, Ukrainian (the source) first. */
const site: Translations<Lang> = translations<Lang>({ uk, en });

/** The site's languages, Ukrainian first: the keys of its catalogues. */
export const langs: readonly Lang[] = site.langs;

/** The catalogue of `lang`: `t('uk').content.summary(3, 1)`. */
export const t = (lang: Lang): Catalogue => site.t(lang);

/** The same message in every language (see Translations.localized). */
export const localized = (pick: (c: Catalogue, lang: Lang) => string): Localized => site.localized(pick);
