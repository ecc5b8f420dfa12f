// Number formats for the report in Ukrainian and English. d3-format with fixed locale
// definitions (not Intl) so output is identical on every Node/ICU version and builds
// are byte-reproducible. Ukrainian: decimal comma, no-break space between thousands
// and before "%" ("1 234", "12,5 %"); English: "1,234", "12.5%". Noun forms after a
// count follow Intl.PluralRules (CLDR's integer rules for these languages do not change).
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Interval, Lang, MetricFormat } from '../contract/types.ts';

const NBSP = '\u00a0';

const locales: Record<Lang, FormatLocaleObject> = {
  uk: formatLocale({ decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}грн`] }),
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] }),
};

export type NumericFormat = Exclude<MetricFormat, 'category'>;

/** Default number of decimals: survey estimates from a few dozen answers do not merit more. */
export const defaultDigits: Record<NumericFormat, number> = { percent: 0, integer: 0, score: 0 };

export function formatNumber(x: number, lang: Lang, digits = 0): string {
  return locales[lang].format(`,.${digits}f`)(x);
}

function percentSign(lang: Lang): string {
  return lang === 'uk' ? `${NBSP}%` : '%';
}

/** Percent values are shares in 0..1. */
export function formatValue(x: number, format: NumericFormat, lang: Lang, digits = defaultDigits[format]): string {
  if (format === 'percent') return formatNumber(x * 100, lang, digits) + percentSign(lang);
  return formatNumber(x, lang, format === 'integer' ? 0 : digits);
}

/** "25–62 %" / "25–62%": the unit once, an en dash between; spaced when a bound is negative. */
export function formatInterval(
  [lo, hi]: Interval,
  format: NumericFormat,
  lang: Lang,
  digits = defaultDigits[format],
): string {
  const scale = format === 'percent' ? 100 : 1;
  const a = formatNumber(lo * scale, lang, digits);
  const b = formatNumber(hi * scale, lang, digits);
  const dash = lo < 0 || hi < 0 ? `${NBSP}– ` : '–';
  return a + dash + b + (format === 'percent' ? percentSign(lang) : '');
}

/** Plural categories in CLDR order: a language's noun forms are listed in this order, skipping those it lacks. */
const CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const plurals = new Map<string, { rules: Intl.PluralRules; categories: readonly Intl.LDMLPluralRule[] }>();

/** A language's plural rules and its categories in CLDR order, made once per language. */
function pluralsOf(lang: string) {
  let entry = plurals.get(lang);
  if (entry === undefined) {
    const rules = new Intl.PluralRules(lang);
    const present = rules.resolvedOptions().pluralCategories;
    entry = { rules, categories: CATEGORY_ORDER.filter((c) => present.includes(c)) };
    plurals.set(lang, entry);
  }
  return entry;
}

/**
 * The form of a noun that agrees with the whole number `n`, chosen by `Intl.PluralRules(lang)`.
 * `forms` lists the language's forms in CLDR order (one|few|many in Ukrainian: "громада|громади|громад"
 * for 1, 21 / 2–4, 22–24 / 0, 5–20, 25…; one|other in English), as an array or the way an editor
 * writes it in MDX, separated by "|". Missing forms repeat the last one given.
 */
export function countNoun(n: number, forms: string | readonly string[], lang: Lang): string {
  const list = typeof forms === 'string' ? forms.split('|').map((f) => f.trim()) : forms;
  const { rules, categories } = pluralsOf(lang);
  const index = categories.indexOf(rules.select(Math.abs(Math.trunc(n))));
  return list[Math.min(index, list.length - 1)]!;
}

const months = {
  uk: 'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня'.split('|'),
  en: 'January|February|March|April|May|June|July|August|September|October|November|December'.split('|'),
};
const weekdays = {
  uk: 'неділя|понеділок|вівторок|середа|четвер|пʼятниця|субота'.split('|'),
  en: 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday'.split('|'),
};

/**
 * A calendar date as a reader writes it, with its weekday: "вівторок, 25 лютого 2020 року",
 * "Tuesday 25 February 2020". `iso` is YYYY-MM-DD; throws on anything else. Fixed tables,
 * not Intl, so builds are identical on every ICU.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCDate() !== Number(m[3])) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const day = date.getUTCDate();
  const month = months[lang][date.getUTCMonth()]!;
  const weekday = weekdays[lang][date.getUTCDay()]!;
  return lang === 'uk'
    ? `${weekday}, ${day}${NBSP}${month} ${date.getUTCFullYear()}${NBSP}року`
    : `${weekday} ${day}${NBSP}${month} ${date.getUTCFullYear()}`;
}

const WORD_JOINER = '\u2060';

/**
 * Reader-visible text in which no number, percentage or range can be split across lines:
 * «10 000–49 999», «42 % (37–47 %)», «423 громади», "9 in 10". Digit groups, the space before
 * "%", the space between a number and the word after it, and the spaces of "N in M" / «N з M»
 * become no-break spaces (U+00A0); an en dash between numbers is followed by a word joiner
 * (U+2060), since browsers may break after a dash. Used on HTML text (labels from the codebook
 * such as «10 000–49 999» are glued here, not edited by hand); never on attribute values, data
 * files or SVG text (graphics do not wrap, and a joiner there is a glyph a font may lack).
 */
export function glueNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  return (
    text
      // "N in M", «N з M», «N із M», "N of M"
      .replace(/(\d) (in|of|з|із|зі) (?=\d)/g, `$1${NBSP}$2${NBSP}`)
      // digit groups: «10 000», «1 234 567» (a space followed by exactly three digits)
      .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`)
      // the space before a percent sign or a word: «42 %», «423 громади», "24 oblasts"
      .replace(/(\d) (?=[%\p{L}])/gu, `$1${NBSP}`)
      // ranges: «37–47 %», «10 000–49 999», «−5 – 3»
      .replace(/([\d%])([ \u00a0]?)–( ?)(?=[−-]?\d)/g, (_, before: string, s1: string, s2: string) =>
        s1 === '' && s2 === '' ? `${before}–${WORD_JOINER}` : `${before}${NBSP}–${NBSP}`,
      )
  );
}
