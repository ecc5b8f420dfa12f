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
    cli: {
      usage:
        'використання: npm run data -- [--input ФАЙЛ --out ТЕКА | --check ФАЙЛ [--json]] [--lang uk|en] [--map ФАЙЛ] [--sheet АРКУШ] [--encoding НАЗВА] [--min-respondents N] [--other ФАЙЛ]',
      unknownOption: (name: string) => `невідомий параметр «${name}»`,
      badOptions: (nodeMessage: string) => `неправильні параметри: ${nodeMessage}`,
      langValues: '--lang: uk або en',
      checkAlone: '--check лише перевіряє; його не можна поєднувати з --input чи --out',
      jsonNeedsCheck: '--json — лише разом із --check',
      inputWithOut: '--input і --out задають разом',
      needsValue: (option: string) => `--${option}: потрібне значення`,
      minRespondents: '--min-respondents має бути цілим числом ≥ 1',
      unknownEncoding: (name: string) => `невідоме кодування «${name}» (спробуйте utf-8, windows-1251, utf-16le)`,
      noMapFile: (path: string) => `--map: файлу ${path} немає`,
      shape: (name: string) => `формат: ${name}`,
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
      rowCounts: (read: number, used: number, rejected: number) =>
        `рядків прочитано ${read} = ${used} прийнято + ${rejected} відхилено`,
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
      respondentIdFromRow:
        'немає стовпця з ідентифікатором респондента — ідентифікатором стає номер рядка (row-2, row-3, …)',
      unknownColumn:
        'невідомий стовпець — пропущено (немає в кодовій книзі; його можна зіставити у файлі data/import.json)',
      unnamedColumn: (n: number) => `стовпець ${n} не має назви в заголовку — пропущено`,
      ignoredByDesign: (list: string, repeats: number) =>
        `пропущено навмисно (службові стовпці й особисті дані не читаються): ${list}${repeats === 0 ? '' : `; ще ${repeats} стовпц. повторюють уже прочитані відповіді`}`,
      otherAnswer: (question: string, text: string, count: number) => `«${question}»: «${text}» × ${count}`,
      otherAnswers: (count: number, answers: string) => `вільний текст зараховано як «Інше» (${count}): ${answers}`,
    },
  },
  content: {},
  site: {},
};
