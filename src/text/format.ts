// Number formats for the report in Ukrainian and English. d3-format with fixed locale
// definitions (not Intl) so output is identical on every Node/ICU version and builds
// are byte-reproducible. Ukrainian: decimal comma, no-break space between thousands
// and before "%" ("1 234", "12,5 %"); English: "1,234", "12.5%".
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

/** "12 респондентів" / "1 respondent": Ukrainian has three plural forms. */
export function formatRespondents(n: number, lang: Lang): string {
  return `${formatNumber(n, lang)} ${countNoun(n, lang === 'uk' ? 'респондент|респонденти|респондентів' : 'respondent|respondents', lang)}`;
}

// The plural categories (Unicode CLDR, through Intl.PluralRules) in the order an editor
// writes the noun forms: Ukrainian one|few|many, English one|other.
const pluralOrder: Record<Lang, readonly Intl.LDMLPluralRule[]> = { uk: ['one', 'few', 'many'], en: ['one', 'other'] };
const pluralRules: Record<Lang, Intl.PluralRules> = { uk: new Intl.PluralRules('uk'), en: new Intl.PluralRules('en') };

/**
 * The form of a noun that agrees with the whole number `n`. `forms` is written the way an
 * editor writes it in MDX, separated by "|": Ukrainian one|few|many ("громада|громади|громад":
 * 1, 21 → one; 2–4, 22–24 → few; 0, 5–20, 25… → many), English one|other; the categories
 * are CLDR's (Intl.PluralRules). Missing forms repeat the last one given.
 */
export function countNoun(n: number, forms: string, lang: Lang): string {
  const list = forms.split('|').map((f) => f.trim());
  const order = pluralOrder[lang];
  const category = order.indexOf(pluralRules[lang].select(Math.abs(Math.trunc(n))));
  return list[Math.min(category < 0 ? order.length - 1 : category, list.length - 1)]!;
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
