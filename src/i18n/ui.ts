// Interface strings in both languages. Survey wording (questions, options,
// metrics) lives in data/codebook.json, not here.
import type { Lang } from '../contract/types.ts';

export const languages: Record<Lang, { name: string; short: string; htmlLang: string; ogLocale: string }> = {
  uk: { name: 'Українська', short: 'UA', htmlLang: 'uk', ogLocale: 'uk_UA' },
  en: { name: 'English', short: 'EN', htmlLang: 'en', ogLocale: 'en_GB' },
};

const strings = {
  siteTitle: { uk: 'Розумні громади України', en: 'Smart Communities of Ukraine' },
  siteSubtitle: {
    uk: 'Результати опитування громад щодо розвитку «розумних громад»',
    en: 'Results of the survey of communities on Smart City development',
  },
  reportLead: {
    uk: 'Чи мають громади смарт-стратегію, яка область «найрозумніша», чого громадам бракує і які напрями вони обирають першими.',
    en: 'Whether communities have a smart strategy, which oblast is the “smartest”, what communities lack, and which directions they choose first.',
  },
  skipToContent: { uk: 'Перейти до змісту', en: 'Skip to content' },
  navReport: { uk: 'Звіт', en: 'Report' },
  navMethodology: { uk: 'Методологія', en: 'Methodology' },
  navData: { uk: 'Дані', en: 'Data' },
  navPress: { uk: 'Для преси', en: 'Press kit' },
  navAbout: { uk: 'Про проєкт', en: 'About' },
  mainNav: { uk: 'Основна навігація', en: 'Main navigation' },
  languageSwitch: { uk: 'Мова', en: 'Language' },
  contents: { uk: 'Зміст', en: 'Contents' },
  keyFigures: { uk: 'Ключові цифри', en: 'Key figures' },
  illustrativeTitle: { uk: 'Ілюстративні дані', en: 'Illustrative data' },
  respondents: { uk: 'громад відповіли', en: 'communities responded' },
  respondentsShort: { uk: 'Респондентів', en: 'Respondents' },
  // Counted captions: noun forms one|few|many (uk) or one|other (en), see countNoun.
  oblastsCovered: {
    uk: 'регіон (з 27) має відповіді|регіони (з 27) мають відповіді|регіонів (з 27) мають відповіді',
    en: 'of 27 oblast-level units answered',
  },
  oblastsRanked: {
    uk: 'область у рейтингу|області у рейтингу|областей у рейтингу',
    en: 'oblast ranked|oblasts ranked',
  },
  minRespondents: { uk: 'мінімум відповідей для рейтингу', en: 'minimum answers to be ranked' },
  communitiesTotal: {
    uk: 'територіальна громада в Україні|територіальні громади в Україні|територіальних громад в Україні',
    en: 'territorial community in Ukraine|territorial communities in Ukraine',
  },
  leadingOblast: { uk: 'лідер за індексом смарт-готовності', en: 'leads the Smart Readiness Index' },
  leadingGroup: {
    uk: 'можуть бути першими за індексом смарт-готовності',
    en: 'could each be first on the Smart Readiness Index',
  },
  tiedNote: {
    uk: 'інтервали перетинаються — статистично не розрізняються',
    en: 'intervals overlap — statistically indistinguishable',
  },
  ciShort: { uk: '95 % ДІ', en: '95% CI' },
  breakdownNote: {
    uk: 'Крапка — частка групи, лінія — її 95 % довірчий інтервал. Для груп, де відповіло замало громад, частки не показано.',
    en: "The dot is the group's share, the line its 95% confidence interval. Groups with too few answers show no shares.",
  },
  noData: { uk: 'немає даних', en: 'no data' },
  insufficient: { uk: 'замало даних', en: 'insufficient data' },
  oblast: { uk: 'Область', en: 'Oblast' },
  rank: { uk: 'Місце', en: 'Rank' },
  share: { uk: 'Частка', en: 'Share' },
  count: { uk: 'Кількість', en: 'Count' },
  answer: { uk: 'Відповідь', en: 'Answer' },
  interval: { uk: '95\u00a0% довірчий інтервал', en: '95% confidence interval' },
  showTable: { uk: 'Показати таблицю з даними', en: 'Show the data table' },
  communitiesTitle: { uk: 'Громади-учасниці', en: 'Participating communities' },
  communitiesIntro: {
    uk: 'Усі громади, що відповіли на опитування, за областями — назви подано так, як у файлі опитування.',
    en: 'Every community that answered the survey, by oblast — names exactly as in the survey export.',
  },
  footerSource: { uk: 'Джерело даних', en: 'Data source' },
  footerGeometry: {
    uk: 'Межі областей: Natural Earth (суспільне надбання).',
    en: 'Oblast boundaries: Natural Earth (public domain).',
  },
  backToTop: { uk: 'Угору', en: 'Back to top' },
  answeredBy: { uk: 'відповіли', en: 'answered' },
  of: { uk: 'з', en: 'of' },
  ciNote: { uk: 'Тонка лінія — 95\u00a0% довірчий інтервал.', en: 'The thin line is the 95% confidence interval.' },
  indexTitle: { uk: 'Як побудовано індекс', en: 'How the index is built' },
  component: { uk: 'Складова', en: 'Component' },
  weight: { uk: 'Вага', en: 'Weight' },
  rankingTitle: {
    uk: 'Рейтинг областей за індексом смарт-готовності',
    en: 'Oblasts ranked by the Smart Readiness Index',
  },
  notRanked: { uk: 'без місця', en: 'not ranked' },
  rankRange: { uk: 'Можливі місця', en: 'Possible ranks' },
  rankRangeNote: {
    uk: '«Можливі місця» — місця, які допускає 95 % довірчий інтервал області: вище неї лише ті області, чий інтервал повністю вищий за її, нижче — ті, чий повністю нижчий.',
    en: '"Possible ranks" are the places an oblast\'s 95% confidence interval allows: only oblasts whose interval lies entirely above its own are certainly ahead of it, and only those entirely below are certainly behind.',
  },
  leadingGroupMark: { uk: 'може бути першою', en: 'could be first' },
  leadingGroupNote: {
    uk: '★ — області, що можуть бути першими: жоден інтервал не лежить повністю вище їхнього.',
    en: '★ marks oblasts that could be first: no interval lies entirely above theirs.',
  },
} as const;

export type StringKey = keyof typeof strings;

export function t(lang: Lang, key: StringKey): string {
  return strings[key][lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'uk' ? 'en' : 'uk';
}
