// Every string a person reads, in English. Same keys and message arguments as uk.ts
// (the source catalogue): the type below makes a missing or extra key a type error.
import type { Catalogue } from './catalogue.ts';

export const en: Catalogue = {
  ingest: {
    // — issue #23: repeated submissions, rows that are not answers, the row count check —
    duplicateKeptLatest: (community: string, rows: string, kept: number, column: string) =>
      `community "${community}" submitted the form more than once (rows ${rows}) — the latest, row ${kept} (by column "${column}"), is used and the others are skipped; data/dataset.json ("duplicates") can choose another rule`,
    duplicateKeptFirst: (community: string, rows: string, kept: number) =>
      `community "${community}" submitted the form more than once (rows ${rows}) — the first, row ${kept}, is used and the others are skipped ("duplicates": "keep-first" in data/dataset.json)`,
    duplicateRefused: (community: string, rows: string) =>
      `community "${community}" submitted the form more than once (rows ${rows}) — all are rejected ("duplicates": "refuse" in data/dataset.json); keep one row`,
    duplicateNoTime: (community: string, rows: string) =>
      `community "${community}" submitted the form more than once (rows ${rows}) and the export has no submission-time column to pick the latest — keep one row, or set "duplicates": "keep-first" in data/dataset.json`,
    duplicateBadTime: (community: string, rows: string, column: string) =>
      `community "${community}" submitted the form more than once (rows ${rows}) but the submission time in column "${column}" is not a readable date — correct it or keep one row`,
    blankRows: (rows: string) => `blank rows skipped: ${rows}`,
    totalsRow: (label: string) => `a totals row ("${label}"), not an answer — skipped`,
    formulaRow: (formula: string) => `a row with a formula (${formula}) is a total, not an answer — skipped`,
    repeatedHeader: 'the row repeats the header (a second table header?) — not an answer, not counted; delete it',
    summaryDisagrees: (chosen: string) =>
      `the summary column disagrees with the one-per-option columns — the option columns are used (${chosen})`,
    ambiguousSplit: (readings: string) =>
      `the options joined by spaces read more than one way (${readings}) — the answer is not counted; separate them with commas or "|", or download the export with one column per option`,
    headerFound: (rows: string, above: string | null) =>
      `the table's header is row ${rows}${above === null ? '' : `; the rows above it (${above}) are titles and notes, not data`}`,
    qualtricsHeader: (row: number) =>
      `a Qualtrics export: three header rows, questions read from row ${row}; the {"ImportId": …} row and Qualtrics' own columns are skipped`,
    qualtricsNumeric: (columns: string) =>
      `a Qualtrics export with numeric answer codes (columns ${columns}) — download the data again with "Use choice text", not "Use numeric values"`,
    odsUnreadable:
      'cannot read the .ods spreadsheet — open it in LibreOffice and save it again as .ods, .xlsx or "CSV UTF-8"',
    odsEmpty: 'the .ods spreadsheet has no sheet',
    sheetNotFound: (sheet: string) => `the workbook has no sheet "${sheet}"`,
    xlsLegacy: 'an Excel 97–2003 workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or "CSV UTF-8"',
    rowCountMismatch: (read: number, used: number, skipped: number, rejected: number) =>
      `rows do not add up: ${read} read but ${used} used + ${skipped} skipped + ${rejected} rejected — a defect in the program; nothing is published, please report it`,
    recordsMismatch: (used: number, counted: number) =>
      `${used} rows used but ${counted} communities counted in the results — a defect in the program; nothing is published, please report it`,
  },
  content: {},
  site: {},
};
