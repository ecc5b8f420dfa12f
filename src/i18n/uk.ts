// Every string a person reads, in Ukrainian: the source catalogue. Other languages mirror
// its shape (catalogue.ts derives the type from this file), so a key missing from en.ts — or
// a message taking other arguments — fails `astro check`. Survey wording (questions, options,
// metrics) is data, in data/codebook.json, not here.
//
// Sections follow the flow of the data: `ingest` (the data CLI and its problems), `content`
// (the editors' content check), `site` (pages, components, downloads). A parameterised
// message is a function of its values; everything else is a plain string.
import { countNoun } from '../text/format.ts';

/** bytes as megabytes, one decimal: 1.5 MB */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const quote = (s: string) => `«${s}»`;
const list = (items: readonly string[]) => items.join(', ');
const tags = (names: readonly string[]) => list(names.map((n) => `<${n}>`));
/** ' Можливо, ви мали на увазі «x»?' after a message; empty when nothing is close. */
const meant = (hit: string | null) => (hit === null ? '' : ` Можливо, ви мали на увазі ${quote(hit)}?`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The editors' content check (src/site/content/): each message says what is wrong and how to fix it. */
const content = {
  // ---- MDX text ----
  expressionInText: (code: string) =>
    `фігурні дужки в тексті MDX читає як програмний код: {${code}}. Якщо це звичайний текст, поставте перед кожною дужкою зворотну косу риску: \\{${code}\\}.`,
  importExport: () =>
    'рядки import і export у тексті не потрібні й не дозволені: усі компоненти доступні без імпорту. Видаліть цей рядок.',
  /** A syntax error: the explanation below, and what the MDX parser said (English only, for developers). */
  syntax: (explanation: string, _parser: string) => explanation,
  braceInText: () =>
    'фігурна дужка { у тексті: MDX читає її як початок програмного коду. Якщо це звичайний текст, напишіть \\{ і \\}.',
  htmlComment: () => 'HTML-коментар <!-- … --> у MDX не працює. Коментар пишіть так: {/* текст */}.',
  lessThan: () =>
    'знак < тут не починає тег. Якщо це «менше ніж», напишіть \\<; посилання пишіть так: [текст](https://…).',
  voidTag: (tag: string) => `тег <${tag}> у MDX закривається одразу, скісною рискою: <${tag} />.`,
  unclosedTag: (tag: string) =>
    `тег <${tag}> не закрито: допишіть </${tag}> після тексту або закрийте його одразу: <${tag} />.`,
  mismatchedTag: (closing: string, open: string) =>
    `закривальний тег </${closing}> не відповідає відкритому <${open}>: закрийте спершу <${open}>.`,
  unreadable: () => 'текст не вдалося прочитати як MDX: перевірте теги <…> і фігурні дужки { } біля цього місця.',
  // ---- Components ----
  unknownComponent: (name: string, known: readonly string[], hit: string | null) =>
    `невідомий компонент <${name}>.${hit === null ? '' : ` Можливо, ви мали на увазі <${hit}>?`} Доступні: ${tags(known)}.`,
  fragment: () => 'порожній тег <> … </> тут не потрібен: видаліть <> і </>.',
  unknownAttribute: (component: string, attr: string, known: readonly string[], hit: string | null) =>
    `<${component}>: невідомий атрибут ${quote(attr)}.${meant(hit)} ${capital(known.length === 0 ? `<${component}> не має атрибутів` : `допустимі: ${list(known)}`)}.`,
  missingAttribute: (component: string, attr: string, example: string) =>
    `<${component}>: бракує атрибута ${attr}, наприклад <${component} ${attr}="${example}" />.`,
  unknownId: (component: string, attr: string, id: string, valid: readonly string[], hit: string | null) =>
    `<${component} ${attr}="${id}">: невідомий id ${quote(id)}.${meant(hit)} Допустимі: ${list(valid)}.`,
  emptyValue: (component: string, attr: string) =>
    `<${component}>: атрибут ${attr} порожній — впишіть значення між лапками.`,
  badChoice: (component: string, attr: string, value: string, valid: readonly string[], hit: string | null) =>
    `<${component} ${attr}="${value}">: невідоме значення.${meant(hit)} Допустимі: ${list(valid)}.`,
  flagValue: (component: string, attr: string) =>
    `<${component}>: ${attr} пишеться без значення — просто ${attr}, без ="…".`,
  expressionAttribute: (component: string, attr: string, code: string) =>
    `<${component}>: значення ${attr}={${code}} — це програмний код. Напишіть значення в лапках: ${attr}="…".`,
  spreadAttribute: (component: string, code: string) =>
    `<${component}>: {${code}} у тегу — програмний код, він тут не дозволений. Пишіть атрибути як назва="значення".`,
  blockInText: (component: string, inlineFlag: string | undefined) =>
    `<${component}> стоїть усередині речення. Поставте його в окремий рядок із порожніми рядками до і після` +
    (inlineFlag ? `, або допишіть ${inlineFlag}, щоб показати лише число в реченні.` : '.'),
  nounNotCount: (component: string, id: string, counts: readonly string[]) =>
    `<${component} metric="${id}" noun="…">: noun підходить лише для кількостей (${list(counts)}), не для часток чи назв. Напишіть слово після числа в самому тексті.`,
  oneOf: (component: string, attrs: readonly string[], written: readonly string[], example: string) =>
    written.length === 0
      ? `<${component}>: бракує одного з атрибутів ${attrs.join(' або ')}, наприклад <${component} ${attrs[0]}="${example}" />.`
      : `<${component}>: атрибути ${written.join(' і ')} разом не працюють — залиште один із них (${attrs.join(' або ')}).`,
  requires: (component: string, attr: string, needed: string) =>
    `<${component}>: ${attr} працює лише разом з ${needed}: допишіть ${needed} або приберіть ${attr}.`,
  nounNeedsFlag: (component: string, flag: string) =>
    `<${component}>: noun працює лише разом з ${flag} (число в реченні).`,
  nounForms: (component: string, value: string) =>
    `<${component} noun="${value}">: потрібні українські форми слова для 1, 2–4 і 5+ через |, як "громада|громади|громад" (дві, якщо останні збігаються: "області|областей"), або дві англійські, як "community|communities".`,
  // ---- HTML and links ----
  htmlElement: (name: string, allowed: readonly string[], component: string | null) =>
    `HTML-елемент <${name}> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку.${component ? ` Можливо, ви мали на увазі компонент <${component}>?` : ''} Дозволені: ${tags(allowed)}.`,
  htmlEventHandler: (element: string, attr: string) =>
    `<${element} ${attr}=…>: атрибути on… запускають програмний код і в тексті заборонені. Видаліть ${attr}.`,
  htmlStyle: (element: string) =>
    `<${element} style=…>: власні стилі в тексті не дозволені (і політика безпеки сайту їх однаково блокує). Використайте **жирний** або *курсив*.`,
  htmlAttribute: (element: string, attr: string, allowed: readonly string[], hit: string | null) =>
    `<${element}>: атрибут ${quote(attr)} не дозволений.${meant(hit)} Дозволені для <${element}>: ${list(allowed)}.`,
  linkScheme: (url: string, scheme: string) =>
    `посилання ${quote(url)}: адреси ${scheme}: не дозволені. Посилання може вести лише на https://…, http://…, mailto:… або на сторінку цього сайту.`,
  remoteImage: (url: string) =>
    `зображення ${quote(url)} з іншого сайту не покажеться: сайт працює без інтернету й не завантажує чужі файли. Покладіть файл поруч із цим .mdx і вкажіть ./назва.png.`,
  // ---- Frontmatter ----
  /** What each field is for, so "missing" says what to write. */
  fieldPurpose: {
    title: 'заголовок розділу',
    description: 'опис для пошукових систем і соцмереж',
    page: 'сторінка, куди йде текст',
    order: 'порядок розділу на сторінці',
    section: 'якір розділу латиницею',
    nav: 'коротка назва для змісту',
  },
  noFrontmatter: () =>
    'файл не починається зі службових полів між рядками ---. Додайте їх угорі файлу (title, description, page, order), як в інших файлах.',
  unreadableFields: (_reason: string | undefined) =>
    'службові поля не читаються. Кожне поле — в окремому рядку: назва, двокрапка, пробіл, значення. Якщо значення містить двокрапку або починається з лапок, візьміть усе значення в лапки.',
  unknownField: (key: string, known: readonly string[], hit: string | null) =>
    `невідоме поле ${quote(key)}.${meant(hit)} Допустимі поля: ${list(known)}.`,
  unknownValue: (key: string, shown: string, valid: readonly string[], hit: string | null) =>
    `${key}: ${quote(shown)} — невідоме значення.${meant(hit)} Допустимі: ${list(valid)}.`,
  badFormat: (key: string, shown: string, hit: string | null) =>
    `${key}: ${quote(shown)} — лише малі латинські літери, цифри й дефіси, на початку літера.${meant(hit)}`,
  emptyField: (key: string) => `поле ${quote(key)} порожнє — впишіть значення.`,
  notWholeNumber: (key: string) => `${key}: має бути ціле число від 0.`,
  /** `purpose` and `example` (a line to add) when the field has them. */
  missingField: (key: string, purpose: string | undefined, example: string | undefined) =>
    `бракує поля ${quote(key)}${purpose ? ` (${purpose}). Допишіть між рядками --- рядок на кшталт ${example}` : ''}.`,
  notNumber: (key: string, shown: string) => `${key}: ${quote(shown)} — має бути ціле число, наприклад ${key}: 3.`,
  notText: (key: string, shown: string | undefined) =>
    `${key}: має бути текст; візьміть значення в лапки: ${key}: "${shown}".`,
  /** Any other schema issue; `_zod` is zod's own (English) message. */
  badField: (key: string, _zod: string) => `поле ${quote(key)}: неприпустиме значення.`,
  // ---- Across files ----
  missingFolder: (lang: string) => `немає папки з текстами мовою ${lang}.`,
  notMdx: (name: string) =>
    `файл ${quote(name)} сайт не читає: тексти мають бути у файлах .mdx. Перейменуйте його на …mdx або приберіть із цієї папки.`,
  missingPage: (lang: string, page: string) =>
    `жоден файл мовою ${lang} не має page: ${page}, тож сторінка ${quote(page)} буде порожня. Додайте файл із page: ${page}.`,
  duplicate: (field: string, value: string, first: string, page: string) =>
    `${field}: ${value} уже має ${first} на тій самій сторінці ${quote(page)}. Дайте цьому файлу інше значення ${field}.`,
  // ---- Reports ----
  summary: (problems: number, files: number) =>
    `Знайдено проблем: ${problems} (файлів: ${files}). Виправте їх і запустіть перевірку знову: npm run check:content`,
  allFine: (files: number) =>
    `Тексти в порядку: перевірено ${files} ${countNoun(files, 'файл|файли|файлів', 'uk')} MDX.`,
  errorPageTitle: 'Помилка в текстах звіту',
  errorPageHeading: (problems: number) =>
    `Сайт не може показати сторінку: у текстах звіту ${problems === 1 ? 'є помилка' : `є помилки (${problems})`}`,
  errorPageFix: (problems: number) =>
    `Виправте файл${problems === 1 ? '' : 'и'} нижче й збережіть — сторінка оновиться сама.`,
};

// The site's strings: pages, components, downloads. Counted captions are noun forms in the order one|few|many
// (English one|other), picked by countNoun with Intl.PluralRules.
const site = {
  siteTitle: 'Розумні громади України',
  siteSubtitle: 'Результати опитування громад щодо розвитку «розумних громад»',
  reportLead:
    'Чи мають громади смарт-стратегію, яка область «найрозумніша», чого громадам бракує і які напрями вони обирають першими.',
  skipToContent: 'Перейти до змісту',
  navReport: 'Звіт',
  navMethodology: 'Методологія',
  navData: 'Дані',
  navPress: 'Для преси',
  navAbout: 'Про проєкт',
  mainNav: 'Основна навігація',
  languageSwitch: 'Мова',
  contents: 'Зміст',
  backToContents: 'До змісту',
  printTables: 'Таблиці з даними до графіків і всі дані для завантаження — на сторінці «Дані»:',
  menu: 'Меню',
  keyFigures: 'Ключові цифри',
  illustrativeTitle: 'Ілюстративні дані',
  respondents: 'громад відповіли',
  /** after a count of respondents: «12 респондентів» */
  respondentForms: ['респондент', 'респонденти', 'респондентів'],
  respondentsShort: 'Респондентів',
  oblastsCovered: ['регіон (з 27) має відповіді', 'регіони (з 27) мають відповіді', 'регіонів (з 27) мають відповіді'],
  oblastsRanked: ['область у рейтингу', 'області у рейтингу', 'областей у рейтингу'],
  minRespondents: 'мінімум відповідей для рейтингу',
  communitiesTotal: [
    'територіальна громада в Україні',
    'територіальні громади в Україні',
    'територіальних громад в Україні',
  ],
  leadingOblast: 'лідер за індексом смарт-готовності',
  leadingGroup: 'можуть бути першими за індексом смарт-готовності',
  tiedNote: 'різниця між ними в межах похибки',
  ciShort: '95 % інтервал',
  breakdownNote:
    'Крапка — частка групи, лінія — її 95 % довірчий інтервал. Для груп, де відповіло замало громад, частки не показано.',
  noData: 'немає даних',
  insufficient: 'замало даних',
  oblast: 'Область',
  rank: 'Місце',
  share: 'Частка',
  count: 'Кількість',
  answer: 'Відповідь',
  interval: '95 % довірчий інтервал',
  showTable: 'Показати таблицю',
  hideTable: 'Сховати таблицю',
  communitiesTitle: 'Громади-учасниці',
  communitiesIntro: 'Усі громади, що відповіли на опитування, за областями — назви подано так, як у файлі опитування.',
  footerSource: 'Джерело даних',
  footerGeometry: 'Межі областей: Natural Earth (суспільне надбання).',
  backToTop: 'Угору',
  answeredBy: 'відповіли',
  of: 'з',
  ciNote: 'Тонка лінія — 95 % довірчий інтервал.',
  multiNote: 'Можна було обрати кілька відповідей, тож сума часток перевищує 100 %.',
  indexTitle: 'Як побудовано індекс',
  component: 'Складова',
  weight: 'Вага',
  rankingTitle: 'Рейтинг областей за індексом смарт-готовності',
  notRanked: 'без місця',
  rankRange: 'Можливі місця',
  rankRangeNote:
    '«Можливі місця» — місця, які допускає 95 % довірчий інтервал області: вище неї лише ті області, чий інтервал повністю вищий за її, нижче — ті, чий повністю нижчий.',
  leadingGroupMark: 'може бути першою',
  leadingGroupNote: '★ — області, що можуть бути першими: жоден інтервал не лежить повністю вище їхнього.',
  map: {
    noData: 'Немає даних',
    insufficient: 'Недостатньо даних',
    insufficientNote: (min: number) => `менше ${min} відповідей`,
    other: 'Інше',
    interval: '95\u00a0% інтервал',
    respondents: 'Респонденти',
    region: 'Область',
    value: 'Значення',
    illustrative: 'ілюстративні дані',
    national: 'Україна загалом',
    notes: 'Примітки',
    percentUnit: 'Частка громад, %',
    scoreUnit: 'Бали, 0–100',
    integerUnit: 'Кількість',
    categoryUnit: 'Найчастіша відповідь',
    legend: 'Легенда',
    nearTie:
      'Заштриховані області: частка другого за частотою варіанта потрапляє в 95% інтервал першого, тож перевага першого не доведена.',
    tieLegend: 'Перевага не доведена',
    levelWith: 'нарівні з',
    keysHint:
      'Стрілками переходьте між областями; Enter відкриває профіль області, пропуск — підказку; Esc закриває її',
    openProfile: 'Відкрити профіль області',
  },
  embed: {
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
      'Рядок <script> необов’язковий: з ним висота рамки точно підлаштовується під графіку, без нього рамка просто має висоту із запасом. Якщо ваш сайт не дозволяє вставляти сторонні скрипти, залиште лише рамку. Вбудована графіка не звертається до сторонніх сервісів.',
    maps: 'Карти',
    rankings: 'Рейтинг',
    charts: 'Діаграми',
  },
  /** Chart titles as findings (src/site/headline.ts); {share}, {option}, {options} as in the codebook's headlines. */
  headline: {
    almost: 'майже',
    over: 'понад',
    fraction: (k: number, d: number) => `${k} з ${d}`,
    /** a question without headlines in the codebook */
    one: '{option} — відповідь {share} громад',
    tie: 'Найчастіші відповіді — {options}: різниця в межах похибки',
    leaderOne: (name: string) => `Найвищий індекс смарт-готовності — ${name}`,
    /** count: "13 областей" */
    leaderGroup: (count: string) => `Явного лідера немає: ${count} можуть бути першими`,
    noLeader: 'Лідера не визначено: замало даних',
    coverage: 'На опитування {відповіла|відповіли|відповіли} {share} територіальних громад України',
    metric: (label: string, value: string) => `${label}: ${value}`,
  },
  /** The top of the report: the answers, then who answered. */
  answers: {
    /** the index with its scale, so a bare «59» is not read as a share or a count */
    indexOf100: (value: string) => `${value} з 100`,
    title: 'Головне',
    sampleTitle: 'Хто відповів',
    uncertainty:
      'Діапазон у дужках — 95 % довірчий інтервал: з огляду на кількість відповідей справжня частка найімовірніше лежить у цих межах. Коли діапазони двох відповідей перетинаються, звіт не називає жодну з них частішою: такий розрив може бути випадковим. (Профілі областей перевіряють різницю з рештою країни окремим, точнішим способом — див. методологію.)',
    toSection: 'Докладніше',
  },
  /** The ranking as a chart (src/site/ranking-chart.ts). */
  rankingChart: {
    axis: 'Індекс смарт-готовності, 0–100',
    national: 'Україна загалом',
    tiers: { leading: 'Можуть бути першими', middle: 'Середина', trailing: 'Можуть бути останніми, але не першими' },
    rowDescription: (name: string, value: string, ci: string, ranks: string) =>
      `${name}: ${value} (95 % інтервал ${ci}), можливі місця ${ranks}`,
    oneLeader: (name: string) => `${name} — єдиний лідер: її інтервал цілком вищий за інтервали всіх інших областей.`,
    leadingGroup: (count: string, names: string) =>
      `Першою може бути будь-яка з ${count} — ${names}: їхні інтервали перекриваються, тож назвати одну найрозумнішу область дані не дозволяють.`,
    noLeader: 'Жодна область не має достатньо відповідей для рейтингу.',
    /** after «з N» (genitive): «з 21 області», «з 13 областей» */
    oblastsOf: ['області', 'областей', 'областей'],
    legend: 'Крапка — індекс області, лінія — його 95 % довірчий інтервал, вертикальна лінія — Україна загалом.',
  },
  /** Contact, licence and the quotable summary (src/site/contact.ts, src/site/answers.ts). */
  contact: {
    warnEmpty:
      'data/dataset.json: у contact не вказано ні email, ні phone, ні url — сторінки «Про проєкт» і «Для преси» не скажуть, куди звертатися',
    title: 'Контакт для преси',
    email: 'Ел. пошта',
    phone: 'Телефон',
    web: 'Сайт',
    licence: 'Ліцензія',
    summaryTitle: 'Коротко',
    summaryNote: 'Кожне речення можна цитувати: цифри взято з опублікованих даних звіту.',
    /** respondents: "423 громади", regions: "24 регіонів", coverage: "29 %" */
    summarySample: (respondents: string, regions: string, coverage: string) =>
      `На опитування відповіли ${respondents} з ${regions} — ${coverage} територіальних громад України.`,
    regionsOf: ['регіону', 'регіонів', 'регіонів'],
  },
  findings: {
    more: (n: number) => `та ще ${n}`,
    oblastNoun: ['область', 'області', 'областей'],
    n: 'n',
  },
  surveyFacts: {
    /** between «presented» and the date */
    presentedOn: ' у ',
    when: 'Коли',
    presented: 'Результати представлено на пресконференції',
    ran: 'Опитування тривало',
    contact: 'Контакт',
  },
  /** after a count of communities, as an object: «3 громади» */
  communityForms: ['громада', 'громади', 'громад'],
  communityAccusativeForms: ['громаду', 'громади', 'громад'],
  unclassified: (count: string, noun: string) =>
    `${count} ${noun} не віднесено до жодної групи (немає потрібних даних).`,
  breakdown: {
    insufficient: 'замало даних',
    noAnswers: 'немає відповідей',
    groupsDiffer: '; інтервали деяких груп не перетинаються — різниця більша, ніж можна пояснити випадком',
    groupsOverlap: '; інтервали перетинаються, тож звіт не називає жодну групу вищою',
    /** a breakdown's title when one answer's groups differ: Потреби «Фінансування»: великі громади — 92 %, малі — 81 % */
    findingDiffer: (question: string, answer: string, hi: string, hiShare: string, lo: string, loShare: string) =>
      `${question} «${answer}»: ${hi} громади — ${hiShare}, ${lo} — ${loShare}`,
    /** …when none does: Потреби «Фінансування»: розмір громади помітної різниці не дає (у групах — 81–92 %) */
    findingSame: (question: string, answer: string, by: string, range: string) =>
      `${question} «${answer}»: ${by} помітної різниці не дає (у групах — ${range})`,
    findingTooFew: (by: string) => `Порівняти групи (${by}) не можна: замало відповідей`,
  },
  dataPage: {
    oblastsCsv: 'Показники за областями (CSV)',
    oblastsJson: 'Показники за областями (JSON)',
    nationalJson: 'Показники для України (JSON)',
    codebookJson: 'Кодова книга (JSON)',
    description: 'Зведені результати опитування громад за областями України.',
    country: 'Україна',
    downloads: 'Завантаження',
    sourceFile: 'Вихідний файл',
    rows: 'рядків',
  },
  dataTableCaption: 'Показники за областями',
  graphicLinks: { share: 'Поділитися:', embed: 'вбудувати' },
  find: {
    label: 'Знайти свою громаду',
    hint: 'Назва громади, можна без слова «громада» чи латиницею',
    submit: 'Знайти',
    none: 'Такої громади серед тих, що відповіли, не знайдено.',
    title: 'Громади, що відповіли',
    lead: 'Усі громади-учасниці за областями; кожна назва веде до профілю її області. Щоб знайти свою, скористайтеся пошуком у браузері (Ctrl+F або «Знайти на сторінці»).',
    description: 'Знайдіть свою громаду серед тих, що відповіли на опитування, і відкрийте профіль її області.',
  },
  profile: {
    /** the tab title: within 70 characters with the site name after it */
    docTitle: (oblast: string) => `${oblast}: профіль`,
    description: (oblast: string) =>
      `${oblast} в опитуванні громад про «розумні громади»: індекс, відповіді порівняно з рештою країни, охоплення, громади-учасниці.`,
    eyebrow: 'Профіль області',
    back: 'До звіту',
    allProfiles: 'Профілі всіх областей',
    locatorTitle: (oblast: string) => `${oblast} на мапі України`,
    locatorHint: 'Інші області на мапі ведуть до їхніх профілів.',
    indexTitle: 'Індекс смарт-готовності',
    possibleRanks: 'Можливі місця',
    of: (ranked: number) => `з ${ranked} (областей із достатньою кількістю відповідей)`,
    tierLabel: 'Група',
    tiers: {
      top: 'може бути першою',
      middle: 'середина рейтингу',
      bottom: 'може бути останньою',
      open: 'місце не визначене',
    },
    standing: (oblast: string, value: string, ci: string, best: number, worst: number, ranked: number) =>
      best === worst
        ? `${oblast}: індекс ${value} (95 % інтервал ${ci}) — ${best}-е місце з ${ranked}.`
        : `${oblast}: індекс ${value} (95 % інтервал ${ci}). З такою точністю область може посідати будь-яке місце від ${best}-го до ${worst}-го з ${ranked}`,
    tierSentence: {
      top: ' — вона серед областей, які можуть бути першими.',
      middle: ' — ні першою, ні останньою вона бути не може.',
      bottom: ' — вона серед областей, які можуть бути останніми.',
      open: ' — точніше її місце за цими даними не визначити.',
    },
    insufficient: (n: string, min: string) =>
      `Відповіли лише ${n} — менше за ${min}, потрібні для показників. Частки й індекс для області не показано.`,
    noData: 'Жодна громада звідси не відповіла на опитування, тож показників немає.',
    coverageTitle: 'Охоплення',
    coverage: (answered: string, total: string, share: string) =>
      `Відповіли ${answered} з ${total} територіальних громад області (${share}).`,
    coverageUnknown: (answered: string) => `Відповіли ${answered}; скільки громад в області, реєстр не вказує.`,
    coverageMeaning:
      'Показники описують громади, що відповіли, а не всю область: громади, які не відповіли, можуть відрізнятися.',
    sizesTitle: 'Малі й великі громади області',
    sizesNote: 'Індекс за розміром громади, з 95 % інтервалом; групи з замалою кількістю відповідей не показано.',
    sizesTooFew: (min: string) =>
      `Порівняти громади за розміром не можна: щонайменше дві групи мають мати по ${min} відповіді, а тут їх менше.`,
    group: 'Група',
    questionsTitle: 'Відповіді порівняно з рештою країни',
    questionsNote:
      'Частки області й решти країни (усіх громад поза областю) з 95 % інтервалами. Позначку ▲ чи ▼ поставлено лише там, де 95 % інтервал різниці (Ньюкомб, 1998) не містить нуля; без позначки різниця може бути випадковою.',
    thisOblast: 'Область',
    restOfCountry: 'Решта країни',
    difference: 'Різниця, п. п.',
    higher: 'вище, ніж у решті країни',
    lower: 'нижче, ніж у решті країни',
    answeredN: (n: string, rest: string) => `Відповіли: область — ${n}, решта країни — ${rest}.`,
    multiNote: 'Можна було обрати кілька відповідей, тож сума перевищує 100 %.',
    communitiesTitle: 'Громади, що відповіли',
    type: 'Тип',
    size: 'Розмір',
    unknown: 'невідомо',
    namesNote: 'Назви подано так, як у файлі опитування.',
    dotsTitle: (oblast: string) => `Громади-учасниці на мапі: ${oblast}`,
    dotsNone: 'У файлі опитування немає координат громад цієї області, тож мапи громад немає — див. список нижче.',
    dotsSome: (shown: string, all: string) => `На мапі ${shown} з ${all} громад: в інших немає координат у файлі.`,
    downloadsTitle: 'Завантажити',
    csv: 'Показники області (CSV)',
    json: 'Показники області (JSON)',
    og: 'Картка для соцмереж (PNG)',
    embed: 'Вбудувати картку області',
  },

  notFound: { title: 'Сторінку не знайдено', body: 'Такої сторінки у звіті немає.', toReport: 'Перейти до звіту' },
};

/** «рядок 5», «рядки 5, 7», «рядки 5–9»: the noun for a list of spreadsheet rows (rowRanges) */
const rowsWord = (ranges: string) => (/[,–]/.test(ranges) ? 'рядки' : 'рядок');

/** an oblast-level unit's names, as the oblast registry gives them */
type OblastName = { readonly name_uk: string; readonly name_en: string };
/** «a», «b» чи «c» */
const orList = (items: readonly string[], or: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
const OBLAST_EXAMPLES = '«Київська область», «Kyiv Oblast», «м. Київ», UA-32 або КОАТУУ 3200000000';
const OBLAST_FORMS =
  'ISO 3166-2 (UA-32), КАТОТТГ (UA32…, 19 знаків), P-код HDX (UA32, UA3202, UA3202001) або КОАТУУ (3200000000)';

export const uk = {
  ingest: {
    cli: {
      usage:
        'використання: npm run data -- [--input ФАЙЛ --out ТЕКА | --check ФАЙЛ [--json]] [--lang uk|en] [--map ФАЙЛ] [--sheet АРКУШ] [--encoding НАЗВА] [--min-respondents N] [--other ФАЙЛ]',
      /** what each option does, printed under the usage line by --help / -h */
      help: [
        '  --input ФАЙЛ --out ТЕКА   прочитати експорт (CSV, TSV, XLSX, ODS, XLS) і записати опублікований набір у теку',
        '  --check ФАЙЛ              лише перевірити експорт, нічого не записуючи',
        '  --json                    (з --check) звіт перевірки як JSON',
        '  --lang uk|en              мова повідомлень (типово uk)',
        '  --map ФАЙЛ                файл зіставлення стовпців (типово data/import.json, якщо він є)',
        '  --sheet АРКУШ             який аркуш книги читати (типово перший)',
        '  --encoding НАЗВА          кодування CSV, якщо його не вгадано (utf-8, windows-1251, utf-16le)',
        '  --min-respondents N       поріг відповідей, з якого область показано й рахують у рейтингу (типово з кодової книги)',
        '  --other ФАЙЛ              куди записати вільні відповіді «Інше» (типово data/private/other-answers.csv; не публікується)',
        '  --help, -h                ця довідка',
        'Докладно: docs/data-format.md',
      ].join('\n'),
      unknownOption: (name: string) => `невідомий параметр «${name}»`,
      badOptions: (nodeMessage: string) => `неправильні параметри: ${nodeMessage}`,
      langValues: '--lang: uk або en',
      checkAlone: '--check лише перевіряє; його не можна поєднувати з --input чи --out',
      jsonNeedsCheck: '--json — лише разом із --check',
      inputWithOut: '--input і --out задають разом',
      needsValue: (option: string) => `--${option}: потрібне значення`,
      takesNoValue: (option: string) => `--${option} — перемикач, значення після нього не потрібне`,
      strayArgument: (value: string) =>
        `зайвий аргумент «${value}»: файл задають після --input або --check (npm run data -- --check ФАЙЛ)`,
      minRespondents: '--min-respondents має бути цілим числом ≥ 1',
      unknownEncoding: (name: string) => `невідоме кодування «${name}» (спробуйте utf-8, windows-1251, utf-16le)`,
      noMapFile: (path: string) => `--map: файлу ${path} немає`,
      shape: (name: string) => `формат: ${name}`,
      /** the export formats the CLI recognises (columns/shape.ts), by their id */
      shapeNames: {
        contract: 'наш формат (ідентифікатори колонок з кодової книги)',
        'google-forms': 'Google Forms',
        'microsoft-forms': 'Microsoft Forms',
        surveymonkey: 'SurveyMonkey',
        kobo: 'KoboToolbox / ODK',
        limesurvey: 'LimeSurvey',
        qualtrics: 'Qualtrics',
        'odk-central': 'ODK Central',
        generic: 'таблиця з текстами запитань у заголовках',
      },
      moreUnknownColumns: (more: number, all: number) =>
        `  … і ще ${more} невідомих стовпців (усього ${all}) — пропущено`,
      invalid: (errors: number) => `помилок: ${errors}; нічого не записано`,
      delimiter: (delimiter: string) => `роздільник ${delimiter}`,
      valid: (file: string, how: string) => `файл придатний: ${file} (${how})`,
      wrote: (where: string) => `записано oblasts.json, national.json, communities.json, meta.json → ${where}`,
      otherAnswers: (count: number, path: string) =>
        `відповіді «Інше» (${count}) для команди звіту — не для публікації: ${path}`,
    },
    report: {
      notice: ' зауваження:',
      column: (name: string) => `стовпець ${name}`,
      rowCounts: (read: number, used: number, rejected: number, skipped: number) =>
        `рядків прочитано ${read} = ${used} прийнято${skipped === 0 ? '' : ` + ${skipped} пропущено`} + ${rejected} відхилено`,
    },
    /** why a file-system call failed, by errno code */
    fsReasons: {
      ENOENT: 'немає такого файлу чи теки',
      EACCES: 'немає дозволу',
      EPERM: 'операцію не дозволено',
      EROFS: 'файлова система лише для читання',
      ENOSPC: 'на диску немає місця',
      EDQUOT: 'вичерпано квоту диска',
      ENOTDIR: 'частина шляху — не тека',
      EISDIR: 'це тека, а не файл',
      EEXIST: 'вже існує',
      ENOTEMPTY: 'тека не порожня',
      EIO: 'помилка вводу-виводу (файл не читається як звичайний)',
      ENAMETOOLONG: 'задовга назва',
      ELOOP: 'забагато символьних посилань',
      EBUSY: 'ресурс зайнятий',
      EMFILE: 'забагато відкритих файлів',
      ENFILE: 'забагато відкритих файлів у системі',
      EXDEV: 'різні файлові системи',
      EINVAL: 'файлова система не підтримує цю дію',
      ENXIO: 'пристрій недоступний',
      ENODEV: 'пристрій недоступний',
      EAGAIN: 'ресурс тимчасово недоступний',
    },
    fsError: (detail: string) => `помилка файлової системи (${detail})`,
    input: {
      notAFile: 'це не звичайний файл (тека чи пристрій)',
      tooBig: (limit: string) => `файл більший за ${limit} — завеликий для експорту опитування`,
      cannotOpen: (why: string) => `не вдалося відкрити: ${why}`,
      cannotRead: (why: string) => `не вдалося прочитати: ${why}`,
      fileName: (problem: string) => `назва файлу ${problem.replace('наберіть текст заново', 'перейменуйте файл')}`,
    },
    publish: {
      refused: (where: string, why: string) => `не пишу результати в ${where}: ${why}`,
      root: 'це корінь файлової системи',
      isInput: 'це вхідний файл',
      foreignLink: (target: string) => `це символьне посилання на ${target}, створене не цією програмою`,
      folder: (holding: string | null) =>
        `це тека${holding === null ? '' : ` (у ній ${holding})`}, а результати публікуються як посилання; вкажіть нову назву або видаліть теку`,
      file: 'це файл, а не тека',
      special: 'це спеціальний файл, а не тека',
      failed: (action: string, where: string, why: string) => `не вдалося ${action} ${where}: ${why}`,
      actions: {
        inspect: 'перевірити',
        mkdir: 'створити теку',
        create: 'створити файл',
        write: 'записати файл',
        fsync: 'записати на диск файл',
        fsyncFolder: 'записати на диск теку',
        symlink: 'створити посилання',
        switch: 'опублікувати',
        removeStale: 'прибрати залишки попереднього запуску',
        other: 'змінити',
      },
    },
    notices: {
      missingColumn: (label: string, near: string | null) =>
        `немає обов'язкового стовпця «${label}»${near ? ` (можливо, «${near}»?)` : ''}`,
      optionalColumnAbsent: (label: string) =>
        `необов'язкового стовпця «${label}» немає; усі відповіді на нього вважаються відсутніми`,
      respondentIdFromRow: (first: number) =>
        `немає стовпця з ідентифікатором респондента — ідентифікатором стає номер рядка (row-${first}, row-${first + 1}, …)`,
      unknownColumn:
        'невідомий стовпець — пропущено (немає в кодовій книзі; його можна зіставити у файлі data/import.json)',
      unnamedColumn: (n: number) => `стовпець ${n} не має назви в заголовку — пропущено`,
      ignoredByDesign: (list: string, repeats: number) =>
        `пропущено навмисно (службові стовпці й особисті дані не стають відповідями й не публікуються; час подання та позначки завершеності лише допомагають вибрати, яку анкету врахувати): ${list}${repeats === 0 ? '' : `; ще ${repeats} стовпц. повторюють уже прочитані відповіді`}`,
      otherAnswer: (question: string, text: string, count: number) => `«${question}»: «${text}» × ${count}`,
      otherAnswers: (count: number, answers: string) => `вільний текст зараховано як «Інше» (${count}): ${answers}`,
    },
    /** what a numeric cell should hold (records/number-cell.ts) */
    /** an export over the size limit; sizes in bytes, shown in MB */
    fileTooLarge: (bytes: number, limit: number) =>
      `файл має ${mb(bytes)} — більше за межу ${mb(limit)} для експорту опитування`,
    numbers: {
      between: (min: number, max: number) => ` від ${min} до ${max}`,
      integer: (range: string) => `очікували ціле число${range}, напр. 12345 або «12 345»`,
      degrees: (type: 'latitude' | 'longitude', range: string) =>
        `очікували ${type === 'latitude' ? 'широту' : 'довготу'}${range} (десяткові градуси в межах України, напр. 50.45 або 50,45)`,
      number: (range: string) => `очікували число${range}`,
    },
    // — issue #23: repeated submissions, rows that are not answers, the row count check —
    /** `tie`: the latest time is shared by several rows, and the one lowest in the file was kept */
    duplicateKeptLatest: (community: string, rows: string, kept: number, column: string, tie: boolean) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}) — враховано найпізнішу, рядок ${kept} (за стовпцем «${column}»${tie ? '; найпізніший час однаковий у кількох рядках, тож узято нижчий у файлі — перевірте, котрий правильний' : ''}), решту пропущено; інше правило можна задати в data/dataset.json ("duplicates")`,
    /** `tie`: the earliest time is shared by several rows, and the one highest in the file was kept */
    /** appended to duplicateKeptLatest: rows of the group with an empty submission time */
    duplicateUnfinished: (rows: string) =>
      `; ${rowsWord(rows)} ${rows} без часу подання — анкету не надіслали до кінця, тож її не взято`,
    /** appended to duplicateKeptLatest: rows of the group a tool marks as left part way (Finished = False) */
    duplicatePartial: (rows: string) =>
      `; ${rowsWord(rows)} ${rows} — незавершена анкета (Finished = False), тож її не взято, хоч вона й пізніша`,
    duplicateKeptFirst: (community: string, rows: string, kept: number, tie: boolean) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}) — враховано першу, рядок ${kept}${tie ? ' (найраніший час однаковий у кількох рядках, тож узято вищий у файлі — перевірте, котрий правильний)' : ''}, решту пропущено (правило "duplicates": "keep-first" у data/dataset.json)`,
    duplicateRefused: (community: string, rows: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}) — усі відхилено (правило "duplicates": "refuse" у data/dataset.json); залиште один рядок`,
    possibleDuplicate: (names: string[], rows: string) =>
      `${names.map((n) => `«${n}»`).join(', ')} (рядки ${rows}) — назви різняться лише кодом КАТОТТГ чи словом типу громади; пораховано як різні громади — якщо це одна громада, що подала анкету кілька разів, залиште один рядок або напишіть назву однаково`,
    duplicateNoTime: (community: string, rows: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}), а в експорті немає стовпця з часом подання, щоб узяти найпізнішу — залиште один рядок або задайте "duplicates": "keep-first" у data/dataset.json`,
    duplicateAmbiguousDates: (community: string, rows: string, column: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}), але дати в стовпці «${column}» можна прочитати і як день/місяць, і як місяць/день (жодна дата в стовпці не показує порядку однозначно), і від цього залежить, яка анкета пізніша — усі відхилено; залиште один рядок або запишіть дати як 2020-03-04`,
    duplicateBadTime: (community: string, rows: string, column: string, bad: { row: number; value: string }[]) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}), але час подання в стовпці «${column}» не вдалося прочитати як дату (${bad.map((b) => `рядок ${b.row}: ${b.value === '' ? 'порожньо' : `«${b.value}»`}`).join('; ')}) — виправте його або залиште один рядок`,
    emptySubmissionTime: (rows: string, counted: string, column: string) =>
      `порожній час подання в стовпці «${column}» (${rowsWord(rows)} ${rows}) — опитувальник заповнює його сам, тож ці рядки, мабуть, додано чи змінено вручну; ${counted === '' ? 'жоден із них не враховано' : `враховано ті, що пройшли перевірку (${rowsWord(counted)} ${counted})`}; перевірте, чи це справжні відповіді громад`,
    unsubmittedResponses: (rows: string, counted: string, column: string) =>
      `порожній час подання в стовпці «${column}» (${rowsWord(rows)} ${rows}) — так LimeSurvey позначає анкети, які не надіслали до кінця; ${counted === '' ? "жодну з них не враховано (бракує обов'язкових відповідей або є надіслана анкета тієї ж громади)" : `враховано ті, де є всі обов'язкові відповіді (${rowsWord(counted)} ${counted}); якщо незавершені анкети не мають входити, вивантажте лише завершені (Completion state: Completed responses only)`}`,
    notAResponse: (column: string, value: string) =>
      `не анкета громади: «${value}» — так стовпець «${column}» позначає пробні, тестові чи відхилені відповіді; рядок пропущено`,
    unfinishedResponses: (rows: string, counted: string, column: string) =>
      `анкети, не завершені до кінця (стовпець «${column}» = False, ${rowsWord(rows)} ${rows}): ${counted === '' ? "жодну з них не враховано (бракує обов'язкових відповідей або є завершена анкета тієї ж громади)" : `враховано ті, де є всі обов'язкові відповіді (${rowsWord(counted)} ${counted}); якщо незавершені анкети не мають входити, вивантажте лише завершені (у Qualtrics — фільтр Finished = True)`}`,
    sumsRow: (largest: number) =>
      `рядок без назви громади й області, лише з числами у стовпцях відповідей (найбільше — ${largest}) — схоже на підсумки, пораховані формулами; пропущено`,
    sharedOptionColumn: (option: string, questions: string, mapFile: string) =>
      `стовпець «${option}» — варіант кількох запитань (${questions}), а стовпця жодного з них ліворуч немає — його позначки не можна віднести, тож файл не прийнято; вкажіть у ${mapFile}, чий це варіант (напр. "${questions.split(', ')[0]}/…")`,
    unknownOptionColumn: (option: string, question: string, asOther: string, mapFile: string) =>
      `стовпець варіанта «${option}» запитання «${question}», але такого варіанта немає в кодовій книзі — його позначки не можна порахувати, тож файл не прийнято; додайте «${option}» до варіантів чи синонімів кодової книги або вкажіть у ${mapFile}, що це за стовпець ("${asOther}" — рахувати як «Інше», "ignore" — пропустити)`,
    strayOptionColumn: (option: string, question: string) =>
      `«${option}» — варіант запитання «${question}», але стовпець стоїть не під цим запитанням, тож його відповіді НЕ враховано; поставте стовпець поруч з іншими варіантами цього запитання або вкажіть його у файлі зіставлення`,
    blankRows: (rows: string) => `порожні рядки пропущено: ${rows}`,
    totalsRow: (label: string) => `рядок підсумків («${label}») — не відповідь, пропущено`,
    formulaRow: (formula: string) => `рядок з формулою (${formula}) — це підсумок, а не відповідь; пропущено`,
    repeatedHeader: 'рядок повторює заголовок (друга шапка таблиці?) — не відповідь, не враховано; видаліть його',
    summaryDisagrees: (chosen: string[]) =>
      `стовпець-підсумок не збігається зі стовпцями окремих варіантів — враховано стовпці варіантів (${chosen.length === 0 ? 'нічого не вибрано' : chosen.map((l) => `«${l}»`).join(', ')})`,
    ambiguousSplit: (readings: string) =>
      `варіанти, розділені пробілами, можна прочитати по-різному (${readings}) — відповідь не зараховано; розділіть їх комами або «|», або завантажте експорт зі стовпцями окремих варіантів`,
    headerNotFound: (rows: string) =>
      `жоден із рядків ${rows} не схожий на заголовок (жодної назви поля чи запитання з кодової книги) — заголовок шукають лише в перших 12 непорожніх рядках: якщо він нижче, видаліть рядки над ним; якщо заголовки інші, зіставте їх у data/import.json`,
    headerFound: (rows: string, above: string | null) =>
      `заголовок таблиці — ${rowsWord(rows)} ${rows}${above === null ? '' : `; ${rowsWord(above)} над ним (${above}) — назви й примітки, не дані`}`,
    qualtricsHeader: (row: number) =>
      `експорт Qualtrics: три рядки заголовка, питання читаються з рядка ${row}; рядок {"ImportId": …} і службові стовпці пропущено`,
    limeSurveyCodes: (first: string[], count: number, mapFile: string) =>
      `заголовки — коди питань LimeSurvey (${first.join(', ')}${count > first.length ? `, … — усього ${count}` : ''}), а не їхні тексти, тож жодного питання не впізнано; вивантажте відповіді знову: Responses → Export → «Question: Full question text» і «Answers: Full answer text», або зіставте коди зі стовпцями кодової книги в ${mapFile}`,
    qualtricsNumeric: (columns: string) =>
      `експорт Qualtrics із числовими кодами відповідей (стовпці ${columns}) — завантажте дані знову з параметром «Use choice text» (текст варіантів), а не «Use numeric values»`,
    odsUnreadable:
      'не вдалося прочитати таблицю .ods — відкрийте її в LibreOffice і збережіть знову як .ods, .xlsx або «CSV UTF-8»',
    passwordProtected: (kind: string) =>
      `таблицю ${kind} захищено паролем, тож її не прочитати — відкрийте її, введіть пароль і збережіть копію без пароля (або як «CSV UTF-8»)`,
    odsEmpty: 'у таблиці .ods немає жодного аркуша',
    sheetNotFound: (sheet: string) => `у книзі немає аркуша «${sheet}»`,
    xlsLegacy:
      'це книга Excel 97–2003 (.xls): відкрийте її в Excel чи LibreOffice і збережіть як .xlsx або «CSV UTF-8»',
    rowCountMismatch: (read: number, used: number, skipped: number, rejected: number) =>
      `рядки не зійшлися: прочитано ${read}, а прийнято ${used} + пропущено ${skipped} + відхилено ${rejected} — це помилка програми, результат не опубліковано; повідомте розробникам`,
    recordsMismatch: (used: number, counted: number) =>
      `прийнято ${used} рядків, а в підсумках враховано ${counted} громад — це помилка програми, результат не опубліковано; повідомте розробникам`,
    /** a row's cells against the codebook (records/validate.ts, cells.ts, number-cell.ts, columns/adapt.ts) */
    cells: {
      /** `what`: respondentId or communityName below */
      required: (what: string) => `очікували ${what} (обов'язково)`,
      respondentId: 'ідентифікатор респондента',
      communityName: 'назву громади',
      duplicateId: (id: string, first: number) => `очікували унікальний ідентифікатор — «${id}» вже є в рядку ${first}`,
      nameTooLong: (max: number, length: number) =>
        `назва довша за ${max} символів (${length}) — чи це справді назва громади?`,
      unknownType: (words: string) =>
        `очікується тип громади: ${words} або порожня клітинка (тоді тип береться з назви громади)`,
      latLonPair: 'очікували і широту, і довготу, або жодної',
      /** `expected`: expectedYesNo / expectedOneOf / expectedSomeOf */
      answerRequired: (expected: string) => `потрібна відповідь — ${expected}`,
      tooFewAnswers: (min: number) => `очікували щонайменше ${min} відповідей`,
      suspiciousText:
        'очікували звичайний текст — у значенні керівні символи або нерозпізнані байти (\uFFFD); перевірте кодування файлу',
      /** `expected`: one of the `numbers` messages */
      numberRequired: (expected: string) => `${expected} (обов'язково)`,
      oneAnswerOnly: (expected: string) => `дозволено лише одну відповідь — ${expected}`,
      /** `answers`: the unknown answers, quoted; `hint`: the closest option's label, if any */
      unknownAnswer: (answers: string, hint: string | null, expected: string) =>
        `невідома відповідь ${answers}${hint === null ? '' : ` (можливо, «${hint}»?)`} — ${expected}`,
      expectedYesNo: 'очікували так/ні (yes/no, 1/0)',
      /** `labels`: the options' labels, quoted */
      expectedOneOf: (labels: string) => `очікували одне з: ${labels}`,
      expectedSomeOf: (labels: string) => `очікували одне чи кілька з: ${labels}`,
      optionMarker:
        'стовпець одного варіанта: очікували позначку вибору (1, Y, Так, TRUE, x або назву варіанта) або порожню комірку',
      rowWidth: (width: number, found: number) =>
        `очікували ${width} комірок, як у заголовку, а є ${found} — перевірте роздільники й лапки в цьому рядку`,
    },
    /** reading the file into a table (table/*.ts, pipeline.ts) */
    table: {
      emptyFile: 'файл порожній',
      emptySheet: 'аркуш порожній',
      noDataRows: 'у файлі є заголовок, але немає рядків з даними',
      xlsxNeedsReader: 'це книга .xlsx: прочитайте її через readTable (npm run data робить це сам)',
      xlsxUnreadable:
        'не вдалося прочитати книгу .xlsx — відкрийте її в Excel і збережіть знову як .xlsx або «CSV UTF-8»',
      utf8Replaced: (count: number) => `${count} недійсних послідовностей байтів UTF-8 замінено на «\uFFFD»`,
      decodedAsCp1251:
        'файл не в UTF-8; прочитано як Windows-1251 (кирилиця). Збережіть як «CSV UTF-8», щоб не покладатися на здогад',
      nulBytes:
        'файл містить байти NUL — схоже, це не текст (або UTF-16 без позначки порядку байтів); експортуйте «CSV UTF-8» або .xlsx',
      controlCharacters: (count: number) =>
        `файл містить ${count} керівних символів — це не схоже на текстовий експорт CSV`,
      unclosedQuote: 'лапки в комірці ніде не закрито — перевірте зайву " у цьому рядку',
      malformedQuotes: 'неправильні лапки — після закривної " іде текст у цьому рядку',
      /** `cells`: `row:column` names, already shortened */
      questionMarks: (count: number, cells: string) =>
        `«?» між кириличними літерами в ${count} комірках (${cells}) — так Excel у Windows-1251 записує ʼ та інші символи, яких немає в кодовій сторінці; збережіть як «CSV UTF-8»`,
    },
    /** matching the header's columns to the codebook (columns/*.ts) */
    columns: {
      /** how a column was matched, after its target in the CLI's column list (columns/describe.ts) */
      how: {
        id: 'ідентифікатор',
        label: 'назва',
        alias: 'синонім',
        keyword: 'ключові слова',
        map: 'файл зіставлення',
        tool: 'службовий стовпець',
        path: 'шлях Kobo',
      },
      toolId: 'ідентифікатор інструмента',
      otherText: 'текст «Інше»',
      geopoint: 'геоточка',
      summary: 'підсумок, звірено зі стовпцями варіантів',
      notInCodebook: 'пропущено: не знайдено в кодовій книзі',
      mapUnknownTarget: (mapFile: string, target: string) =>
        `${mapFile}: «${target}» — немає такого поля, питання чи варіанта в кодовій книзі`,
      ambiguous: (targets: string, mapFile: string) =>
        `заголовок підходить до кількох полів (${targets}) — стовпець пропущено; вкажіть потрібне у файлі зіставлення ${mapFile}`,
      /** `first`, `second`: 1-based column numbers */
      duplicate: (first: number, firstHeader: string, second: number, target: string) =>
        `стовпці ${first} («${firstHeader}») і ${second} обидва означають «${target}» — залиште один або вкажіть у файлі зіставлення`,
    },
    /** an oblast cell (oblast/messages.ts); the value is quoted as written in the file */
    oblast: {
      required: 'потрібна одна з 27 областей (обов’язкове поле)',
      unknownCode: (value: string) => `жодна область не має коду «${value}»; коди області: ${OBLAST_FORMS}`,
      tooLong: (length: number) =>
        `значення завдовжки ${length.toLocaleString('uk-UA')} символів — довше за будь-яку назву чи код області; очікуємо, наприклад, ${OBLAST_EXAMPLES}`,
      /** followed by one of the four endings below */
      unknownName: (value: string) => `«${value}» не є назвою жодної з 27 областей`,
      didYouMean: (unit: OblastName) => `; можливо, «${unit.name_uk}»?`,
      closeToSeveral: (units: readonly OblastName[]) =>
        `; схоже на кілька: ${orList(
          units.map((u) => `«${u.name_uk}»`),
          'чи',
        )} — уточніть`,
      notSearched: (limit: number) =>
        ` (схожих назв не шукали: у файлі вже понад ${limit} різних невідомих значень — чи це справді колонка області?)`,
      examples: `; очікуємо, наприклад, ${OBLAST_EXAMPLES}`,
      slashMismatch: (value: string, unit: OblastName, after: string) =>
        `у «${value}» частина до «/» — «${unit.name_uk}», а «${after}» після неї не є ні цією областю, ні її центром; залиште одну назву`,
      centre: (value: string, unit: OblastName) =>
        `«${value}» — адміністративний центр; зараховано до «${unit.name_uk}» (далі для цього значення не повторюємо)`,
    },
    /** one notice standing for `more` more of its kind (summarise.ts); counts already formatted */
    moreNotices: (more: string, all: string, message: string) =>
      `ще таких самих повідомлень: ${more}, усього ${all}: ${message}`,
  },
  content,
  site,
};
