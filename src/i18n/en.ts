// Every string a person reads, in English. Same keys and message arguments as uk.ts
// (the source catalogue): the type below makes a missing or extra key a type error.
import { countNoun } from '../text/format.ts';
import type { Catalogue } from './catalogue.ts';

/** bytes as megabytes, one decimal: 1.5 MB */
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const quote = (s: string) => `"${s}"`;
const list = (items: readonly string[]) => items.join(', ');
const tags = (names: readonly string[]) => list(names.map((n) => `<${n}>`));
const meant = (hit: string | null) => (hit === null ? '' : ` Did you mean ${quote(hit)}?`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const content: Catalogue['content'] = {
  // ---- MDX text ----
  expressionInText: (code) =>
    `MDX reads curly braces in text as program code: {${code}}. If this is plain text, put a backslash before each brace: \\{${code}\\}.`,
  importExport: () =>
    'import and export lines are neither needed nor allowed: every component is available without an import. Delete this line.',
  syntax: (explanation, parser) => `${explanation} (MDX parser: ${parser})`,
  braceInText: () =>
    'a curly brace { in the text: MDX reads it as the start of program code. If it is plain text, write \\{ and \\}.',
  htmlComment: () => 'an HTML comment <!-- … --> does not work in MDX. Write a comment as {/* text */}.',
  lessThan: () => 'this < does not start a tag. If it means "less than", write \\<; write a link as [text](https://…).',
  voidTag: (tag) => `in MDX the tag <${tag}> closes at once, with a slash: <${tag} />.`,
  unclosedTag: (tag) =>
    `the tag <${tag}> is not closed: add </${tag}> after its text, or close it at once: <${tag} />.`,
  mismatchedTag: (closing, open) =>
    `the closing tag </${closing}> does not match the open <${open}>: close <${open}> first.`,
  unreadable: () => 'the text could not be read as MDX: check the tags <…> and curly braces { } near this place.',
  // ---- Components ----
  unknownComponent: (name, known, hit) =>
    `unknown component <${name}>.${hit === null ? '' : ` Did you mean <${hit}>?`} Available: ${tags(known)}.`,
  fragment: () => 'an empty tag <> … </> is not needed here: delete <> and </>.',
  unknownAttribute: (component, attr, known, hit) =>
    `<${component}>: unknown attribute ${quote(attr)}.${meant(hit)} ${capital(known.length === 0 ? `<${component}> takes no attributes` : `valid: ${list(known)}`)}.`,
  missingAttribute: (component, attr, example) =>
    `<${component}>: attribute ${attr} is missing, e.g. <${component} ${attr}="${example}" />.`,
  unknownId: (component, attr, id, valid, hit) =>
    `<${component} ${attr}="${id}">: unknown id ${quote(id)}.${meant(hit)} Valid ids: ${list(valid)}.`,
  emptyValue: (component, attr) => `<${component}>: attribute ${attr} is empty — write a value between the quotes.`,
  badChoice: (component, attr, value, valid, hit) =>
    `<${component} ${attr}="${value}">: unknown value.${meant(hit)} Valid: ${list(valid)}.`,
  flagValue: (component, attr) => `<${component}>: ${attr} takes no value — write just ${attr}, without ="…".`,
  expressionAttribute: (component, attr, code) =>
    `<${component}>: the value ${attr}={${code}} is program code. Write the value in quotes: ${attr}="…".`,
  spreadAttribute: (component, code) =>
    `<${component}>: {${code}} in a tag is program code and is not allowed here. Write attributes as name="value".`,
  blockInText: (component, inlineFlag) =>
    `<${component}> stands inside a sentence. Put it on a line of its own with blank lines before and after` +
    (inlineFlag ? `, or add ${inlineFlag} to show just the number in the sentence.` : '.'),
  nounNotCount: (component, id, counts) =>
    `<${component} metric="${id}" noun="…">: noun fits only figures that count (${list(counts)}), not shares or names. Write the word after the figure in the text.`,
  oneOf: (component, attrs, written, example) =>
    written.length === 0
      ? `<${component}>: one of the attributes ${attrs.join(' or ')} is missing, e.g. <${component} ${attrs[0]}="${example}" />.`
      : `<${component}>: attributes ${written.join(' and ')} do not work together — keep one of them (${attrs.join(' or ')}).`,
  requires: (component, attr, needed) =>
    `<${component}>: ${attr} works only together with ${needed}: add ${needed} or remove ${attr}.`,
  nounNeedsFlag: (component, flag) => `<${component}>: noun works only together with ${flag} (a number in a sentence).`,
  nounForms: (component, value) =>
    `<${component} noun="${value}">: give the Ukrainian noun forms for 1, 2–4 and 5+ separated by |, like "громада|громади|громад" (two when the last two coincide: "області|областей"), or two English ones, like "community|communities".`,
  // ---- HTML and links ----
  htmlElement: (name, allowed, component) =>
    `the HTML element <${name}> is not allowed in content: it can run code, load other sites or break the page.${component ? ` Did you mean the component <${component}>?` : ''} Allowed: ${tags(allowed)}.`,
  htmlEventHandler: (element, attr) =>
    `<${element} ${attr}=…>: on… attributes run program code and are not allowed in content. Delete ${attr}.`,
  htmlStyle: (element) =>
    `<${element} style=…>: inline styles are not allowed in content (the site's security policy blocks them anyway). Use **bold** or *italics*.`,
  htmlAttribute: (element, attr, allowed, hit) =>
    `<${element}>: attribute ${quote(attr)} is not allowed.${meant(hit)} Allowed on <${element}>: ${list(allowed)}.`,
  linkScheme: (url, scheme) =>
    `link ${quote(url)}: ${scheme}: addresses are not allowed. A link may point only to https://…, http://…, mailto:… or a page of this site.`,
  remoteImage: (url) =>
    `the image ${quote(url)} from another site will not show: the site works offline and loads no outside files. Put the file next to this .mdx and write ./name.png.`,
  // ---- Frontmatter ----
  fieldPurpose: {
    title: 'the section title',
    description: 'a description for search engines and social media',
    page: 'the page the text goes on',
    order: 'the order of the section on its page',
    section: 'the section anchor in Latin letters',
    nav: 'a short name for the contents',
  },
  noFrontmatter: () =>
    'the file does not start with fields between --- lines. Add them at the top (title, description, page, order), as in the other files.',
  unreadableFields: (reason) =>
    `the fields cannot be read (${reason ?? 'YAML error'}). One field per line: name, colon, space, value. If a value contains a colon or starts with a quote, put the whole value in quotes.`,
  unknownField: (key, known, hit) => `unknown field ${quote(key)}.${meant(hit)} Valid fields: ${list(known)}.`,
  unknownValue: (key, shown, valid, hit) =>
    `${key}: ${quote(shown)} is not a known value.${meant(hit)} Valid: ${list(valid)}.`,
  badFormat: (key, shown, hit) =>
    `${key}: ${quote(shown)} — only lowercase Latin letters, digits and hyphens, starting with a letter.${meant(hit)}`,
  emptyField: (key) => `the field ${quote(key)} is empty — write a value.`,
  notWholeNumber: (key) => `${key}: must be a whole number from 0.`,
  missingField: (key, purpose, example) =>
    `the field ${quote(key)} is missing${purpose ? ` (${purpose}). Add a line between the --- lines like ${example}` : ''}.`,
  notNumber: (key, shown) => `${key}: ${quote(shown)} must be a whole number, e.g. ${key}: 3.`,
  notText: (key, shown) => `${key}: must be text; put the value in quotes: ${key}: "${shown}".`,
  badField: (key, zod) => `field ${quote(key)}: ${zod}.`,
  // ---- Across files ----
  missingFolder: (lang) => `the folder for ${lang} texts is missing.`,
  notMdx: (name) =>
    `the site does not read ${quote(name)}: texts must be .mdx files. Rename it to …mdx or move it out of this folder.`,
  missingPage: (lang, page) =>
    `no ${lang} file has page: ${page}, so the ${quote(page)} page would be empty. Add a file with page: ${page}.`,
  duplicate: (field, value, first, page) =>
    `${field}: ${value} is already used by ${first} on the same ${quote(page)} page. Give this file another ${field}.`,
  // ---- Reports ----
  summary: (problems, files) =>
    `Found ${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and check again: npm run check:content`,
  allFine: (files) => `Content OK: ${files} MDX ${countNoun(files, 'file|files', 'en')} checked.`,
  errorPageTitle: 'Content error',
  errorPageHeading: (problems) =>
    `The page cannot be shown: the report's texts have ${problems === 1 ? 'a problem' : `${problems} problems`}`,
  errorPageFix: (problems) => `Fix the file${problems === 1 ? '' : 's'} below and save; this page reloads by itself.`,
};

// The site's strings: pages, components, downloads.
const site: Catalogue['site'] = {
  siteTitle: 'Smart City Ukraine',
  siteSubtitle: 'Results of the survey of communities on Smart City development',
  reportLead:
    'Whether communities have a smart strategy, which oblast is the “smartest”, what communities lack, and which directions they choose first.',
  skipToContent: 'Skip to content',
  navReport: 'Report',
  navMethodology: 'Methodology',
  navData: 'Data',
  navPress: 'Press kit',
  navAbout: 'About',
  mainNav: 'Main navigation',
  languageSwitch: 'Language',
  contents: 'Contents',
  backToContents: 'Back to contents',
  printTables: 'The data tables behind the charts, and all data to download, are on the Data page:',
  menu: 'Menu',
  keyFigures: 'Key figures',
  illustrativeTitle: 'Illustrative data',
  respondents: 'communities responded',
  /** after a count of respondents: «12 респондентів» */
  respondentForms: ['respondent', 'respondents'],
  respondentsShort: 'Respondents',
  oblastsCovered: ['of 27 oblast-level units answered'],
  oblastsRanked: ['oblast ranked', 'oblasts ranked'],
  minRespondents: 'minimum answers to be ranked',
  communitiesTotal: ['territorial community in Ukraine', 'territorial communities in Ukraine'],
  leadingOblast: 'leads the Smart Readiness Index',
  leadingGroup: 'could each be first on the Smart Readiness Index',
  tiedNote: 'too close to call',
  ciShort: '95% interval',
  breakdownNote:
    "The dot is the group's share, the line its 95% confidence interval. Groups with too few answers show no shares.",
  noData: 'no data',
  insufficient: 'insufficient data',
  oblast: 'Oblast',
  rank: 'Rank',
  share: 'Share',
  count: 'Count',
  answer: 'Answer',
  interval: '95% confidence interval',
  showTable: 'Show table',
  hideTable: 'Hide table',
  communitiesTitle: 'Participating communities',
  communitiesIntro:
    'Every community that answered the survey, by oblast — names as in the survey export, with a Latin spelling by Ukraine’s national transliteration.',
  footerSource: 'Data source',
  footerGeometry: 'Oblast boundaries: Natural Earth (public domain).',
  backToTop: 'Back to top',
  answeredBy: 'answered',
  of: 'of',
  ciNote: 'The thin line is the 95% confidence interval.',
  multiNote: 'Several answers were allowed, so the shares add up to more than 100%.',
  indexTitle: 'How the index is built',
  component: 'Component',
  weight: 'Weight',
  rankingTitle: 'Oblasts ranked by the Smart Readiness Index',
  notRanked: 'not ranked',
  rankRange: 'Possible ranks',
  rankRangeNote:
    '"Possible ranks" are the places an oblast\'s 95% confidence interval allows: only oblasts whose interval lies entirely above its own are certainly ahead of it, and only those entirely below are certainly behind.',
  leadingGroupMark: 'could be first',
  leadingGroupNote: '★ marks oblasts that could be first: no interval lies entirely above theirs.',
  map: {
    noData: 'No data',
    insufficient: 'Insufficient data',
    insufficientNote: (min: number) => `fewer than ${min} responses`,
    other: 'Other',
    interval: '95% interval',
    respondents: 'Respondents',
    region: 'Oblast',
    value: 'Value',
    illustrative: 'illustrative data',
    national: 'Ukraine overall',
    notes: 'Notes',
    percentUnit: 'Share of communities, %',
    scoreUnit: 'Points, 0–100',
    integerUnit: 'Count',
    categoryUnit: 'Most frequent answer',
    legend: 'Legend',
    nearTie:
      "Striped oblasts: the runner-up's share lies inside the winner's 95% interval, so the winner's lead is not established.",
    tieLegend: 'Lead not established',
    levelWith: 'level with',
    keysHint:
      'Use the arrow keys to move between oblasts; Enter opens the oblast’s profile, Space its tooltip; Esc closes it',
    openProfile: 'Open the oblast’s profile',
  },
  embed: {
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
      'The <script> line is optional: with it the frame fits the graphic exactly; without it the frame is simply tall enough. If your site does not allow scripts from other sites, keep only the frame. The embedded graphic contacts no third-party services.',
    maps: 'Maps',
    rankings: 'Ranking',
    charts: 'Charts',
  },
  headline: {
    almost: 'almost',
    over: 'over',
    fraction: (k: number, d: number) => `${k} in ${d}`,
    one: '{option}: the answer of {share} communities',
    tie: 'Most common answers: {options} — too close to call',
    leaderOne: (name: string) => `Highest Smart Readiness Index: ${name}`,
    leaderGroup: (count: string) => `No clear leader: ${count} could rank first`,
    noLeader: 'No leader yet: too few answers',
    coverage: '{share} territorial communities in Ukraine answered the survey',
    metric: (label: string, value: string) => `${label}: ${value}`,
  },
  answers: {
    indexOf100: (value: string) => `${value} of 100`,
    title: 'Key findings',
    sampleTitle: 'Who answered',
    uncertainty:
      'The range in brackets is the 95% confidence interval: given how many communities answered, the true share most likely lies within it. Where the ranges of two answers overlap, the report calls neither more common: a gap of that size may be chance. (Oblast profiles test each difference from the rest of the country directly, a sharper test — see the methodology.)',
    toSection: 'More',
  },
  rankingChart: {
    axis: 'Smart Readiness Index, 0–100',
    national: 'Ukraine overall',
    tiers: { leading: 'Could rank first', middle: 'Middle', trailing: 'Could rank last, not first' },
    rowDescription: (name: string, value: string, ci: string, ranks: string) =>
      `${name}: ${value} (95% interval ${ci}), possible ranks ${ranks}`,
    oneLeader: (name: string) => `${name} is the clear leader: its interval lies wholly above every other oblast's.`,
    leadingGroup: (count: string, names: string) =>
      `Any of ${count} could rank first — ${names}: their intervals overlap, so the data cannot single out one "smartest" oblast.`,
    noLeader: 'No oblast has enough answers to be ranked.',
    oblastsOf: ['oblast', 'oblasts'],
    legend: 'Dot: the oblast’s index; line: its 95% confidence interval; vertical line: Ukraine overall.',
  },
  contact: {
    warnEmpty:
      'data/dataset.json: contact has no email, phone or url — the About and press pages will not say whom to ask',
    title: 'Press contact',
    email: 'E-mail',
    phone: 'Phone',
    web: 'Website',
    licence: 'Licence',
    summaryTitle: 'In brief',
    summaryNote: 'Every sentence may be quoted: the figures come from the report’s published data.',
    summarySample: (respondents: string, regions: string, coverage: string) =>
      `${respondents} from ${regions} answered the survey — ${coverage} of Ukraine's territorial communities.`,
    regionsOf: ['region', 'regions'],
  },
  findings: {
    more: (n: number) => `and ${n} more`,
    oblastNoun: ['oblast', 'oblasts'],
    n: 'n',
  },
  surveyFacts: {
    /** between «presented» and the date */
    presentedOn: ' ',
    when: 'When',
    presented: 'Results presented at a press conference on',
    ran: 'The survey ran',
    contact: 'Contact',
  },
  communityForms: ['community', 'communities'],
  communityAccusativeForms: ['community', 'communities'],
  unclassified: (count: string, noun: string) => `${count} ${noun} fit no group (the data needed are missing).`,
  breakdown: {
    insufficient: 'insufficient data',
    noAnswers: 'no answers',
    groupsDiffer: "; some groups' intervals do not overlap — a difference larger than chance would explain",
    groupsOverlap: '; the intervals overlap, so the report calls no group higher',
    findingDiffer: (question: string, answer: string, hi: string, hiShare: string, lo: string, loShare: string) =>
      `${question} "${answer}": ${hi} communities ${hiShare}, ${lo} ${loShare}`,
    findingSame: (question: string, answer: string, by: string, range: string) =>
      `${question} "${answer}": no clear difference by ${by} (${range} across groups)`,
    findingTooFew: (by: string) => `Too few answers to compare groups by ${by}`,
  },
  dataPage: {
    oblastsCsv: 'Indicators by oblast (CSV)',
    oblastsJson: 'Indicators by oblast (JSON)',
    nationalJson: 'National indicators (JSON)',
    codebookJson: 'Codebook (JSON)',
    description: 'Aggregated results of the community survey by oblast of Ukraine.',
    country: 'Ukraine',
    downloads: 'Downloads',
    sourceFile: 'Source file',
    rows: 'rows',
  },
  dataTableCaption: 'Indicators by oblast',
  graphicLinks: { share: 'Share:', embed: 'embed' },
  find: {
    label: 'Find your community',
    hint: 'Its name, with or without “hromada”, in Ukrainian or Latin letters',
    submit: 'Find',
    none: 'No community of that name answered the survey.',
    title: 'Communities that answered',
    lead: 'Every participating community by oblast; each name leads to its oblast’s profile. To find yours, use the browser’s find (Ctrl+F, or “Find in page”).',
    description: 'Find your community among those that answered the survey and open its oblast’s profile.',
  },
  profile: {
    docTitle: (oblast: string) => `${oblast}: profile`,
    description: (oblast: string) =>
      `${oblast} in the survey of communities on Smart City plans: the index, answers beside the rest of the country, coverage and the communities that answered.`,
    eyebrow: 'Oblast profile',
    back: 'Back to the report',
    allProfiles: 'Profiles of all oblasts',
    locatorTitle: (oblast: string) => `${oblast} on the map of Ukraine`,
    locatorHint: 'The other oblasts on the map lead to their profiles.',
    indexTitle: 'Smart Readiness Index',
    possibleRanks: 'Possible ranks',
    of: (ranked: number) => `of ${ranked} (the units with enough answers to rank)`,
    tierLabel: 'Group',
    tiers: {
      top: 'could rank first',
      middle: 'middle of the ranking',
      bottom: 'could rank last',
      open: 'rank not determined',
    },
    standing: (oblast: string, value: string, ci: string, best: number, worst: number, ranked: number) =>
      best === worst
        ? `${oblast}: index ${value} (95% interval ${ci}), rank ${best} of ${ranked}.`
        : `${oblast}: index ${value} (95% interval ${ci}). With that precision it could rank anywhere from ${best} to ${worst} of ${ranked}`,
    tierSentence: {
      top: ' — it is among the oblasts that could be first.',
      middle: ' — it can be neither first nor last.',
      bottom: ' — it is among the oblasts that could be last.',
      open: ' — these data cannot place it more precisely.',
    },
    insufficient: (n: string, min: string) =>
      `Only ${n} answered — fewer than the ${min} needed for figures. No shares or index are shown for it.`,
    noData: 'No community here answered the survey, so there are no figures.',
    coverageTitle: 'Coverage',
    coverage: (answered: string, total: string, share: string) =>
      `${answered} of the oblast’s ${total} territorial communities answered (${share}).`,
    coverageUnknown: (answered: string) => `${answered} answered; the registry gives no number of communities.`,
    coverageMeaning:
      'The figures describe the communities that answered, not the whole oblast: those that did not answer may differ.',
    sizesTitle: 'Small and large communities in the oblast',
    sizesNote: 'The index by community size, with its 95% interval; groups with too few answers are not shown.',
    sizesTooFew: (min: string) =>
      `Communities cannot be compared by size here: at least two groups need ${min} answers each, and fewer have them.`,
    group: 'Group',
    questionsTitle: 'Answers beside the rest of the country',
    questionsNote:
      'Shares in the oblast and in the rest of the country (every community outside it), with 95% intervals. ▲ or ▼ marks only a difference whose 95% interval (Newcombe, 1998) excludes zero; without a mark the difference may be chance.',
    thisOblast: 'Oblast',
    restOfCountry: 'Rest of country',
    difference: 'Difference, pp',
    higher: 'higher than in the rest of the country',
    lower: 'lower than in the rest of the country',
    answeredN: (n: string, rest: string) => `Answered: the oblast ${n}, the rest of the country ${rest}.`,
    multiNote: 'Several answers could be chosen, so the shares add up to more than 100%.',
    communitiesTitle: 'Communities that answered',
    type: 'Type',
    size: 'Size',
    unknown: 'unknown',
    namesNote:
      'Names transliterated from Ukrainian (the official national system, Cabinet of Ministers resolution No. 55 of 2010); the original in brackets.',
    dotsTitle: (oblast: string) => `Communities that answered, on the map: ${oblast}`,
    dotsNone:
      'The survey export has no coordinates for this oblast’s communities, so there is no map of them — see the list below.',
    dotsSome: (shown: string, all: string) =>
      `${shown} of ${all} communities on the map: the others have no coordinates in the export.`,
    downloadsTitle: 'Download',
    csv: 'The oblast’s figures (CSV)',
    json: 'The oblast’s figures (JSON)',
    og: 'Social media card (PNG)',
    embed: 'Embed the oblast’s card',
  },

  notFound: { title: 'Page not found', body: 'This page does not exist.', toReport: 'Go to the report in English' },
};

/** "row 5", "rows 5, 7", "rows 5–9": the noun for a list of spreadsheet rows (rowRanges) */
const rowsWord = (ranges: string) => (/[,–]/.test(ranges) ? 'rows' : 'row');

/** "a", "b" and "c" */
const andList = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const OBLAST_EXAMPLES = '"Київська область", "Kyiv Oblast", "м. Київ", UA-32 or KOATUU 3200000000';
const OBLAST_FORMS =
  'ISO 3166-2 (UA-32), KATOTTH (UA32…, 19 characters), an HDX P-code (UA32, UA3202, UA3202001) or KOATUU (3200000000)';

export const en: Catalogue = {
  ingest: {
    cli: {
      usage:
        'usage: npm run data -- [--input FILE --out DIR | --check FILE [--json]] [--lang uk|en] [--map FILE] [--sheet NAME] [--encoding NAME] [--min-respondents N] [--other FILE]',
      help: [
        '  --input FILE --out DIR    read the export (CSV, TSV, XLSX, ODS, XLS) and write the published set to DIR',
        '  --check FILE              only check the export; write nothing',
        '  --json                    (with --check) the check report as JSON',
        '  --lang uk|en              language of the messages (default uk)',
        '  --map FILE                column mapping file (default data/import.json when it exists)',
        '  --sheet NAME              which sheet of a workbook to read (default the first)',
        '  --encoding NAME           CSV encoding when it is not guessed (utf-8, windows-1251, utf-16le)',
        '  --min-respondents N       answers an oblast needs to be shown and ranked (default from the codebook)',
        '  --other FILE              where the "Other" free text goes (default data/private/other-answers.csv; never published)',
        '  --help, -h                this help',
        'In detail: docs/data-format.md',
      ].join('\n'),
      unknownOption: (name) => `unknown option '${name}'`,
      badOptions: (nodeMessage) => nodeMessage,
      langValues: '--lang: uk or en',
      checkAlone: '--check validates only; it cannot be combined with --input or --out',
      jsonNeedsCheck: '--json is only for --check',
      inputWithOut: '--input and --out go together',
      needsValue: (option) => `--${option} needs a value`,
      takesNoValue: (option) => `--${option} is a switch: it takes no value`,
      strayArgument: (value) =>
        `unexpected argument "${value}": give the file after --input or --check (npm run data -- --check FILE)`,
      minRespondents: '--min-respondents must be a whole number ≥ 1',
      unknownEncoding: (name) => `unknown encoding "${name}" (try utf-8, windows-1251, utf-16le)`,
      noMapFile: (path) => `--map: no such file ${path}`,
      shape: (name) => `shape: ${name}`,
      shapeNames: {
        contract: 'contract (our column ids)',
        'google-forms': 'Google Forms',
        'microsoft-forms': 'Microsoft Forms',
        surveymonkey: 'SurveyMonkey',
        kobo: 'KoboToolbox / ODK',
        limesurvey: 'LimeSurvey',
        qualtrics: 'Qualtrics',
        'odk-central': 'ODK Central',
        generic: 'generic (question texts as headers)',
      },
      moreUnknownColumns: (more, all) => `  … and ${more} more unknown columns (${all} in all) — ignored`,
      invalid: (errors) => `invalid: ${errors} problem(s); nothing was written`,
      delimiter: (delimiter) => `delimiter ${delimiter}`,
      valid: (file, how) => `valid: ${file} (${how})`,
      wrote: (where) => `wrote oblasts.json, national.json, communities.json, meta.json → ${where}`,
      otherAnswers: (count, path) => `"Other" answers (${count}) for the report team — not for publication: ${path}`,
    },
    report: {
      notice: ' notice:',
      column: (name) => `column ${name}`,
      rowCounts: (read, used, rejected, skipped) =>
        `rows read ${read} = ${used} used${skipped === 0 ? '' : ` + ${skipped} skipped`} + ${rejected} rejected`,
    },
    fsReasons: {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on the disk',
      EDQUOT: 'disk quota exceeded',
      ENOTDIR: 'a part of the path is not a folder',
      EISDIR: 'it is a folder, not a file',
      EEXIST: 'already exists',
      ENOTEMPTY: 'folder is not empty',
      EIO: 'input/output error (not readable as a plain file)',
      ENAMETOOLONG: 'name too long',
      ELOOP: 'too many symbolic links',
      EBUSY: 'resource busy',
      EMFILE: 'too many open files',
      ENFILE: 'too many open files in the system',
      EXDEV: 'crosses file systems',
      EINVAL: 'the file system does not support this',
      ENXIO: 'no such device',
      ENODEV: 'no such device',
      EAGAIN: 'resource temporarily unavailable',
    },
    fsError: (detail) => `file-system error (${detail})`,
    input: {
      notAFile: 'not a file (a folder or a device)',
      tooBig: (limit) => `file is larger than the ${limit} limit for a survey export`,
      cannotOpen: (why) => `cannot open: ${why}`,
      cannotRead: (why) => `cannot read: ${why}`,
      fileName: (problem) => `the file name ${problem.replace('retype the text', 'rename the file')}`,
    },
    publish: {
      refused: (where, why) => `will not write the outputs to ${where}: ${why}`,
      root: 'it is the file-system root',
      isInput: 'it is the input file',
      foreignLink: (target) => `it is a symbolic link to ${target} that this tool did not make`,
      folder: (holding) =>
        `it is a folder${holding === null ? '' : ` (holding ${holding})`}, and the outputs are published as a link; choose a new name or delete the folder`,
      file: 'it is a file, not a folder',
      special: 'it is a special file, not a folder',
      failed: (action, where, why) => `cannot ${action} ${where}: ${why}`,
      actions: {
        inspect: 'inspect',
        mkdir: 'create the folder',
        create: 'create the file',
        write: 'write the file',
        fsync: 'flush to disk the file',
        fsyncFolder: 'flush to disk the folder',
        symlink: 'create the link',
        switch: 'publish',
        removeStale: 'remove what an earlier run left',
        other: 'change',
      },
    },
    notices: {
      missingColumn: (label, near) =>
        `required column "${label}" is missing${near ? ` (did you mean "${near}"?)` : ''}`,
      optionalColumnAbsent: (label) => `optional column "${label}" is absent; every answer to it counts as missing`,
      respondentIdFromRow: (first) =>
        `no respondent id column — the row number stands in for it (row-${first}, row-${first + 1}, …)`,
      unknownColumn:
        'unknown column, ignored (not in the codebook; it can be matched in the mapping file data/import.json)',
      unnamedColumn: (n) => `column ${n} has no name in the header; it is ignored`,
      ignoredByDesign: (list, repeats) =>
        `ignored by design (tool bookkeeping and personal data never become answers and are never published; submission times and completion marks only help choose which response counts): ${list}${repeats === 0 ? '' : `; ${repeats} more column(s) repeat answers already read`}`,
      otherAnswer: (question, text, count) => `«${question}»: «${text}» × ${count}`,
      otherAnswers: (count, answers) => `${count} free-text answer(s) counted as "Other": ${answers}`,
    },
    fileTooLarge: (bytes, limit) => `file is ${mb(bytes)} — larger than the ${mb(limit)} limit for a survey export`,
    numbers: {
      between: (min, max) => ` between ${min} and ${max}`,
      integer: (range) => `expected a whole number${range}, e.g. 12345 or "12 345"`,
      degrees: (type, range) => `expected a ${type}${range} (decimal degrees inside Ukraine, e.g. 50.45 or 50,45)`,
      number: (range) => `expected a number${range}`,
    },
    // — issue #23: repeated submissions, rows that are not answers, the row count check —
    duplicateKeptLatest: (community, rows, kept, column, tie) =>
      `community "${community}" submitted the form more than once (rows ${rows}) — the latest, row ${kept} (by column "${column}"${tie ? '; several rows share the latest time, so the one lower in the file was taken — check which is right' : ''}), is used and the others are skipped; data/dataset.json ("duplicates") can choose another rule`,
    duplicateUnfinished: (rows) =>
      `; ${rowsWord(rows)} ${rows} ${rowsWord(rows) === 'row' ? 'has' : 'have'} no submission time — never sent to the end, so not taken`,
    duplicatePartial: (rows) =>
      `; ${rowsWord(rows)} ${rows}: a response left part way (Finished = False), so not taken even if later`,
    duplicateKeptFirst: (community, rows, kept, tie) =>
      `community "${community}" submitted the form more than once (rows ${rows}) — the first, row ${kept}${tie ? ' (several rows share the earliest time, so the one higher in the file was taken — check which is right)' : ''}, is used and the others are skipped ("duplicates": "keep-first" in data/dataset.json)`,
    duplicateRefused: (community: string, rows: string) =>
      `community "${community}" submitted the form more than once (rows ${rows}) — all are rejected ("duplicates": "refuse" in data/dataset.json); keep one row`,
    possibleDuplicate: (names: string[], rows: string) =>
      `${names.map((n) => `"${n}"`).join(', ')} (rows ${rows}) — the names differ only by a KATOTTH code or a type word; counted as different communities — if this is one community that submitted more than once, keep one row or spell the name the same way`,
    duplicateNoTime: (community: string, rows: string) =>
      `community "${community}" submitted the form more than once (rows ${rows}) and the export has no submission-time column to pick the latest — keep one row, or set "duplicates": "keep-first" in data/dataset.json`,
    duplicateAmbiguousDates: (community, rows, column) =>
      `community "${community}" submitted the form more than once (rows ${rows}), but the dates in column "${column}" read as day/month and as month/day alike (no date in the column settles the order), and which submission is later depends on it — all are rejected; keep one row or write the dates as 2020-03-04`,
    duplicateBadTime: (community: string, rows: string, column: string, bad: { row: number; value: string }[]) =>
      `community "${community}" submitted the form more than once (rows ${rows}) but the submission time in column "${column}" is not a readable date (${bad.map((b) => `row ${b.row}: ${b.value === '' ? 'empty' : `"${b.value}"`}`).join('; ')}) — correct it or keep one row`,
    emptySubmissionTime: (rows, counted, column) =>
      `empty submission time in column "${column}" (${rowsWord(rows)} ${rows}) — the survey tool fills it in itself, so these rows were probably added or changed by hand; ${counted === '' ? 'none of them is counted' : `those that pass the checks are counted (${rowsWord(counted)} ${counted})`}; check that they are real answers from communities`,
    unsubmittedResponses: (rows, counted, column) =>
      `empty submission time in column "${column}" (${rowsWord(rows)} ${rows}) — how LimeSurvey marks responses never sent to the end; ${counted === '' ? 'none of them is counted (required answers missing, or the community sent another response)' : `those with every required answer are counted (${rowsWord(counted)} ${counted}); if unfinished responses must not count, export completed responses only (Completion state: Completed responses only)`}`,
    notAResponse: (column, value) =>
      `not a community's answers: "${value}" is how column "${column}" marks preview, test or rejected responses; row skipped`,
    unfinishedResponses: (rows, counted, column) =>
      `responses never finished (column "${column}" = False, ${rowsWord(rows)} ${rows}): ${counted === '' ? 'none of them is counted (required answers missing, or the community finished another response)' : `those with every required answer are counted (${rowsWord(counted)} ${counted}); if unfinished responses must not count, export finished ones only (in Qualtrics, filter Finished = True)`}`,
    sumsRow: (largest) =>
      `a row with no community or oblast and only numbers in the answer columns (the largest ${largest}) — totals computed by formulas, it seems; skipped`,
    sharedOptionColumn: (option, questions, mapFile) =>
      `column "${option}" is an option of several questions (${questions}) and none of their columns is to its left — its marks cannot be placed, so the file is refused; say in ${mapFile} whose option it is (e.g. "${questions.split(', ')[0]}/…")`,
    unknownOptionColumn: (option, question, asOther, mapFile) =>
      `a column for option "${option}" of question "${question}", but the codebook has no such option — its marks cannot be counted, so the file is refused; add "${option}" to the codebook's options or aliases, or say in ${mapFile} what the column is ("${asOther}" to count it as "Other", "ignore" to skip it)`,
    strayOptionColumn: (option, question) =>
      `"${option}" is an option of the question "${question}", but the column does not stand under that question, so its answers are NOT counted; move it beside the question's other option columns or name it in the mapping file`,
    blankRows: (rows: string) => `blank rows skipped: ${rows}`,
    totalsRow: (label: string) => `a totals row ("${label}"), not an answer — skipped`,
    formulaRow: (formula: string) => `a row with a formula (${formula}) is a total, not an answer — skipped`,
    repeatedHeader: 'the row repeats the header (a second table header?) — not an answer, not counted; delete it',
    summaryDisagrees: (chosen) =>
      `the summary column disagrees with the one-per-option columns — the option columns are used (${chosen.length === 0 ? 'nothing chosen' : chosen.map((l) => `"${l}"`).join(', ')})`,
    ambiguousSplit: (readings: string) =>
      `the options joined by spaces read more than one way (${readings}) — the answer is not counted; separate them with commas or "|", or download the export with one column per option`,
    headerNotFound: (rows) =>
      `none of rows ${rows} looks like the header (no field or question of the codebook) — the header is looked for in the first 12 non-blank rows only: if it is lower, delete the rows above it; if the headers differ, map them in data/import.json`,
    headerFound: (rows: string, above: string | null) =>
      `the table's header is ${rowsWord(rows)} ${rows}${above === null ? '' : `; the ${rowsWord(above)} above it (${above}) ${rowsWord(above) === 'row' ? 'is a title or note' : 'are titles and notes'}, not data`}`,
    qualtricsHeader: (row: number) =>
      `a Qualtrics export: three header rows, questions read from row ${row}; the {"ImportId": …} row and Qualtrics' own columns are skipped`,
    limeSurveyCodes: (first, count, mapFile) =>
      `the headers are LimeSurvey question codes (${first.join(', ')}${count > first.length ? `, … — ${count} in all` : ''}), not question texts, so no question was recognised; export the responses again with Responses → Export → "Question: Full question text" and "Answers: Full answer text", or map the codes to the codebook's columns in ${mapFile}`,
    qualtricsNumeric: (columns: string) =>
      `a Qualtrics export with numeric answer codes (columns ${columns}) — download the data again with "Use choice text", not "Use numeric values"`,
    odsUnreadable:
      'cannot read the .ods spreadsheet — open it in LibreOffice and save it again as .ods, .xlsx or "CSV UTF-8"',
    passwordProtected: (kind) =>
      `the ${kind} spreadsheet is protected with a password and cannot be read — open it, enter the password and save a copy without one (or as "CSV UTF-8")`,
    odsEmpty: 'the .ods spreadsheet has no sheet',
    sheetNotFound: (sheet: string) => `the workbook has no sheet "${sheet}"`,
    xlsLegacy: 'an Excel 97–2003 workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or "CSV UTF-8"',
    rowCountMismatch: (read: number, used: number, skipped: number, rejected: number) =>
      `rows do not add up: ${read} read but ${used} used + ${skipped} skipped + ${rejected} rejected — a defect in the program; nothing is published, please report it`,
    recordsMismatch: (used: number, counted: number) =>
      `${used} rows used but ${counted} communities counted in the results — a defect in the program; nothing is published, please report it`,
    cells: {
      required: (what) => `expected ${what} (required)`,
      respondentId: 'a respondent id',
      communityName: 'a community name',
      duplicateId: (id, first) => `expected a unique respondent id — "${id}" is also used in row ${first}`,
      nameTooLong: (max, length) =>
        `the name is longer than ${max} characters (${length}) — is it really a community name?`,
      unknownType: (words) =>
        `expected a community type: ${words}, or an empty cell (the type is then read from the name)`,
      latLonPair: 'expected both lat and lon, or neither',
      answerRequired: (expected) => `an answer is required — ${expected}`,
      tooFewAnswers: (min) => `expected at least ${min} answers`,
      suspiciousText:
        'expected plain text — the value holds control characters or undecodable bytes (\uFFFD); check the file encoding',
      numberRequired: (expected) => `${expected} (required)`,
      oneAnswerOnly: (expected) => `only one answer allowed — ${expected}`,
      unknownAnswer: (answers, hint, expected) =>
        `unknown answer ${answers}${hint === null ? '' : ` (did you mean "${hint}"?)`} — ${expected}`,
      expectedYesNo: 'expected yes/no (так/ні, true/false, 1/0)',
      expectedOneOf: (labels) => `expected one of: ${labels}`,
      expectedSomeOf: (labels) => `expected one or more of: ${labels}`,
      optionMarker:
        'a column for one option: expected a "chosen" mark (1, Y, Так, TRUE, x or the option\'s label) or an empty cell',
      rowWidth: (width, found) =>
        `expected ${width} cells like the header, found ${found} — check delimiters and quotes in this row`,
    },
    table: {
      emptyFile: 'file is empty',
      emptySheet: 'the sheet is empty',
      noDataRows: 'file has a header but no data rows',
      xlsxNeedsReader: 'this is an .xlsx workbook: read it with readTable first (npm run data does)',
      xlsxUnreadable: 'cannot read the .xlsx workbook — open it in Excel and save it again as .xlsx or "CSV UTF-8"',
      utf8Replaced: (count) => `${count} invalid UTF-8 byte sequence(s) were replaced with "\uFFFD"`,
      decodedAsCp1251:
        'file is not valid UTF-8; decoded as Windows-1251 (Cyrillic). Save as "CSV UTF-8" to avoid this guess',
      nulBytes:
        'file contains NUL bytes — it looks binary (or UTF-16 without a byte-order mark); export it as CSV UTF-8 or .xlsx',
      controlCharacters: (count) =>
        `file contains ${count} control characters — it does not look like a text CSV export`,
      unclosedQuote: 'a quoted field is never closed — check for a stray " in this row',
      malformedQuotes: 'malformed quotes — text follows a closing " in this row',
      questionMarks: (count, cells) =>
        `"?" between Cyrillic letters in ${count} cell(s) (${cells}) — how Excel writes ʼ and other characters Windows-1251 lacks; save as "CSV UTF-8"`,
    },
    columns: {
      how: {
        id: 'id',
        label: 'label',
        alias: 'alias',
        keyword: 'key words',
        map: 'mapping file',
        tool: 'tool column',
        path: 'Kobo path',
      },
      toolId: "the tool's id",
      otherText: '"Other" text',
      geopoint: 'geopoint',
      summary: 'summary, checked against the option columns',
      notInCodebook: 'ignored: not in the codebook',
      mapUnknownTarget: (mapFile, target) =>
        `${mapFile}: "${target}" is not a field, question or option of the codebook`,
      ambiguous: (targets, mapFile) =>
        `the header fits several fields (${targets}) — column ignored; say which one in the mapping file ${mapFile}`,
      duplicate: (first, firstHeader, second, target) =>
        `columns ${first} ("${firstHeader}") and ${second} both mean "${target}" — keep one or say which in the mapping file`,
    },
    oblast: {
      required: 'expected one of the 27 oblast-level units (required)',
      unknownCode: (value) => `no oblast has the code "${value}"; oblast codes are ${OBLAST_FORMS}`,
      tooLong: (length) =>
        `a value ${length.toLocaleString('en-GB')} characters long — longer than any oblast name or code; expected e.g. ${OBLAST_EXAMPLES}`,
      unknownName: (value) => `"${value}" names none of the 27 oblast-level units`,
      didYouMean: (unit) => `; did you mean "${unit.name_en}" (${unit.name_uk})?`,
      closeToSeveral: (units) => `; it is as close to ${andList(units.map((u) => `"${u.name_en}"`))} — please choose`,
      notSearched: (limit) =>
        ` (no similar names searched: the file already has over ${limit} different unknown values — is this really the oblast column?)`,
      examples: `; expected e.g. ${OBLAST_EXAMPLES}`,
      slashMismatch: (value, unit, after) =>
        `in "${value}" the part before "/" is "${unit.name_en}", but "${after}" after it is neither that unit nor its centre; keep one name`,
      centre: (value, unit) =>
        `"${value}" is an administrative centre; counted in "${unit.name_en}" (not repeated for later rows with this value)`,
    },
    moreNotices: (more, all, message) => `${more} more notices of this kind, ${all} in all: ${message}`,
  },
  content,
  site,
};
