// A spreadsheet as rows of text cells, whatever file it came from (CSV or XLSX):
// every non-blank row with the row number a spreadsheet shows for it.
import type { Localized } from '../../contract/types.ts';

export interface TableRow {
  /** the row number as a spreadsheet shows it (first row = 1) */
  row: number;
  cells: string[];
}
/** a problem in the file's structure (quotes) at a given row */
export interface TableIssue {
  row: number;
  code: string;
  message: Localized;
}
export interface Table {
  format: 'csv' | 'xlsx' | 'ods';
  /** non-blank rows in file order; the first one or two are header rows (see detectShape) */
  rows: TableRow[];
  issues: TableIssue[];
  /** CSV only */
  encoding: string | null;
  delimiter: string | null;
  /** file-level notices from reading (encoding guesses) */
  notices: { code: string; message: Localized }[];
}
export type TableResult = { ok: true; table: Table } | { ok: false; code: string; message: Localized };

export function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim().length !== 0) return false;
  return true;
}
