// Every string a person reads, in Ukrainian: the source catalogue. Other languages mirror
// its shape (catalogue.ts derives the type from this file), so a key missing from en.ts — or
// a message taking other arguments — fails `astro check`. Survey wording (questions, options,
// metrics) is data, in data/codebook.json, not here.
//
// Sections follow the flow of the data: `ingest` (the data CLI and its problems), `content`
// (the editors' content check), `site` (pages, components, downloads). A parameterised
// message is a function of its values; everything else is a plain string.
export const uk = {
  ingest: {
    // — issue #23: repeated submissions, rows that are not answers, the row count check —
    duplicateKeptLatest: (community: string, rows: string, kept: number, column: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}) — враховано найпізнішу, рядок ${kept} (за стовпцем «${column}»), решту пропущено; інше правило можна задати в data/dataset.json ("duplicates")`,
    duplicateKeptFirst: (community: string, rows: string, kept: number) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}) — враховано першу, рядок ${kept}, решту пропущено (правило "duplicates": "keep-first" у data/dataset.json)`,
    duplicateRefused: (community: string, rows: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}) — усі відхилено (правило "duplicates": "refuse" у data/dataset.json); залиште один рядок`,
    duplicateNoTime: (community: string, rows: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}), а в експорті немає стовпця з часом подання, щоб узяти найпізнішу — залиште один рядок або задайте "duplicates": "keep-first" у data/dataset.json`,
    duplicateBadTime: (community: string, rows: string, column: string) =>
      `громада «${community}» подала анкету кілька разів (рядки ${rows}), але час подання в стовпці «${column}» не вдалося прочитати як дату — виправте його або залиште один рядок`,
    blankRows: (rows: string) => `порожні рядки пропущено: ${rows}`,
    totalsRow: (label: string) => `рядок підсумків («${label}») — не відповідь, пропущено`,
    formulaRow: (formula: string) => `рядок з формулою (${formula}) — це підсумок, а не відповідь; пропущено`,
    repeatedHeader: 'рядок повторює заголовок (друга шапка таблиці?) — не відповідь, не враховано; видаліть його',
    summaryDisagrees: (chosen: string) =>
      `стовпець-підсумок не збігається зі стовпцями окремих варіантів — враховано стовпці варіантів (${chosen})`,
    ambiguousSplit: (readings: string) =>
      `варіанти, розділені пробілами, можна прочитати по-різному (${readings}) — відповідь не зараховано; розділіть їх комами або «|», або завантажте експорт зі стовпцями окремих варіантів`,
    headerFound: (rows: string, above: string | null) =>
      `заголовок таблиці — рядок ${rows}${above === null ? '' : `; рядки над ним (${above}) — назви й примітки, не дані`}`,
    qualtricsHeader: (row: number) =>
      `експорт Qualtrics: три рядки заголовка, питання читаються з рядка ${row}; рядок {"ImportId": …} і службові стовпці пропущено`,
    qualtricsNumeric: (columns: string) =>
      `експорт Qualtrics із числовими кодами відповідей (стовпці ${columns}) — завантажте дані знову з параметром «Use choice text» (текст варіантів), а не «Use numeric values»`,
    odsUnreadable:
      'не вдалося прочитати таблицю .ods — відкрийте її в LibreOffice і збережіть знову як .ods, .xlsx або «CSV UTF-8»',
    odsEmpty: 'у таблиці .ods немає жодного аркуша',
    sheetNotFound: (sheet: string) => `у книзі немає аркуша «${sheet}»`,
    xlsLegacy:
      'це книга Excel 97–2003 (.xls): відкрийте її в Excel чи LibreOffice і збережіть як .xlsx або «CSV UTF-8»',
    rowCountMismatch: (read: number, used: number, skipped: number, rejected: number) =>
      `рядки не зійшлися: прочитано ${read}, а прийнято ${used} + пропущено ${skipped} + відхилено ${rejected} — це помилка програми, результат не опубліковано; повідомте розробникам`,
    recordsMismatch: (used: number, counted: number) =>
      `прийнято ${used} рядків, а в підсумках враховано ${counted} громад — це помилка програми, результат не опубліковано; повідомте розробникам`,
  },
  content: {},
  site: {},
};
