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

export function parseCsv(text: string): ParsedCsv {
  const { delimiter, newline } = detectHeaderShape(text);
  // Blank rows are dropped like papaparse's skipEmptyLines: 'greedy', but after parsing,
  // so that rows after a blank line keep the number the spreadsheet shows.
  const result = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false });
  const data = result.data;
  const rows: CsvRow[] = [];
  let header: string[] = [];
  let headerFound = false;
  for (let i = 0; i < data.length; i++) {
    const cells = data[i]!;
    if (isBlank(cells)) continue;
    if (!headerFound) {
      header = cells;
      headerFound = true;
      continue;
    }
    rows.push({ row: i + 1, cells });
  }
  const issues: CsvIssue[] = result.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    message: quoteMessage(e.code, e.message),
  }));
  return { delimiter, header, rows, issues };
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
