// Interface wording of embeds and the press kit, in both languages.
import type { Lang } from '../../contract/types.ts';

export const embedStrings = {
  uk: {
    fullReport: 'Повний звіт',
    embedCode: 'Код для вбудовування',
    copy: 'Копіювати',
    copied: 'Скопійовано',
    copyFailed: 'Не вдалося скопіювати — виділіть код і скопіюйте вручну',
    downloads: 'Завантажити',
    svg: 'SVG (векторний)',
    png: 'PNG 2× (для друку й соцмереж)',
    csv: 'CSV (цифри)',
    preview: 'Переглянути вбудовану версію',
    inReport: 'У звіті',
    graphics: 'Карти й діаграми',
    citation: 'Як цитувати',
    resizerNote:
      'Рядок <script> необов’язковий: без нього рамка має висоту, що вміщує графіку; з ним висота точно підлаштовується під вміст. Якщо на вашому сайті діє Content Security Policy, дозвольте цей сайт у script-src або приберіть рядок. Вбудовування не робить жодних запитів до сторонніх сервісів.',
    maps: 'Карти',
    charts: 'Діаграми',
  },
  en: {
    fullReport: 'Full report',
    embedCode: 'Embed code',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy — select the code and copy it by hand',
    downloads: 'Download',
    svg: 'SVG (vector)',
    png: 'PNG 2× (print and social)',
    csv: 'CSV (the numbers)',
    preview: 'Open the embed',
    inReport: 'In the report',
    graphics: 'Maps and charts',
    citation: 'Suggested citation',
    resizerNote:
      'The <script> line is optional: without it the frame is tall enough for the graphic; with it the height follows the content exactly. If your site sets a Content Security Policy, allow this site in script-src or leave the line out. Embeds make no requests to third parties.',
    maps: 'Maps',
    charts: 'Charts',
  },
} satisfies Record<Lang, Record<string, string>>;
