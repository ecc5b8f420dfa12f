// The one CSV writer for everything we write: the site's downloads and the data team's
// private "Other" answers file. Papa.unparse does the quoting (RFC 4180) and neutralises
// spreadsheet formulas (CSV injection, https://owasp.org/www-community/attacks/CSV_Injection).
import Papa from 'papaparse';

/** A cell: text, a number, or empty (null/undefined). */
export type CsvCell = string | number | null | undefined;

/**
 * Text cells starting with one of these are formulas to Excel and LibreOffice. Papa's own
 * default (`/^[=+\-@\t\r].*$/`) misses a cell that continues on a second line, since `.`
 * stops at a line break; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The table as CSV text: the header, then one record per row, each ended by CRLF (RFC 4180).
 * Cells are quoted when they hold a comma, a quote, a line break or a leading/trailing
 * space; a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a `'`
 * in front and is quoted (numbers are never touched). No byte-order mark: callers that want
 * Excel to read UTF-8 put `\uFEFF` first.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const csv = Papa.unparse(
    { fields: [...header], data: rows.map((r) => [...r]) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${csv}\r\n`;
}
