// Splits decoded CSV text into rows numbered the way a spreadsheet shows them:
// the header is row 1, and a record with a quoted line break is still one row.
import Papa from 'papaparse';
import { detectHeaderShape, type Delimiter } from './delimiter.ts';

export interface CsvRow {
  row: number;
  cells: string[];
}
export interface CsvIssue {
  row: number;
  message: string;
}
export interface ParsedCsv {
  delimiter: Delimiter;
  header: string[];
  rows: CsvRow[];
  issues: CsvIssue[];
}

/** Receives a file row by row, so a large export never has to be held as one array of rows. */
export interface CsvVisitor {
  /** a quoting problem, delivered just before the row it belongs to (which may be blank or the header) */
  issue(issue: CsvIssue): void;
  /** the first non-blank row */
  header(cells: string[]): void;
  /** every later non-blank row */
  row(cells: string[], row: number): void;
}

export function parseCsv(text: string): ParsedCsv {
  const rows: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  let header: string[] = [];
  const delimiter = scanCsv(text, {
    issue: (issue) => issues.push(issue),
    header: (cells) => (header = cells),
    row: (cells, row) => rows.push({ row, cells }),
  });
  return { delimiter, header, rows, issues };
}

/** Streams the rows of `text` to `visitor`; returns the detected delimiter. */
export function scanCsv(text: string, visitor: CsvVisitor): Delimiter {
  const { delimiter, newline } = detectHeaderShape(text);
  let index = 0;
  let headerFound = false;
  // papaparse's step mode hands over one record at a time and keeps no array of all of
  // them, which is both less work for the collector and lets rows die young. Blank rows
  // are dropped like skipEmptyLines: 'greedy', but here rather than in papaparse, so that
  // rows after a blank line keep the number the spreadsheet shows.
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    skipEmptyLines: false,
    step(result) {
      const row = ++index;
      const errors = result.errors;
      for (let e = 0; e < errors.length; e++) {
        visitor.issue({ row, message: quoteMessage(errors[e]!.code, errors[e]!.message) });
      }
      const cells = result.data;
      if (isBlank(cells)) return;
      if (headerFound) visitor.row(cells, row);
      else {
        headerFound = true;
        visitor.header(cells);
      }
    },
  });
  return delimiter;
}

function isBlank(cells: string[]): boolean {
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    if (c.length !== 0 && c.trim().length !== 0) return false;
  }
  return true;
}

function quoteMessage(code: string, fallback: string): string {
  if (code === 'MissingQuotes') return 'a quoted field is never closed — check for a stray " in this row';
  if (code === 'InvalidQuotes') return 'malformed quotes — text follows a closing " in this row';
  return fallback;
}
