// File bytes → Table: .xlsx by its zip signature, anything else as CSV text.
import { decodeBytes } from './decode.ts';
import { parseCsv } from './parse.ts';
import type { Table, TableResult } from './table.ts';
import { looksLikeXlsx, readXlsxTable } from './xlsx.ts';
import { looksLikeOds, readOdsTable } from './ods.ts';
import { isEncryptedOffice, looksLikeXls } from './xls.ts';
import { localized } from '../../i18n/index.ts';

export interface ReadOptions {
  /** force a TextDecoder label for CSV instead of detecting it; throws RangeError when unknown */
  encoding?: string;
  /** .xlsx sheet name (default: the first sheet) */
  sheet?: string;
}

/** Reads a CSV export (any encoding decodeBytes detects, `sep=` line honoured). Never throws except for an unknown forced encoding. */
function readCsvTable(bytes: Uint8Array, options: ReadOptions = {}): TableResult {
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim().length === 0)
    return { ok: false, code: 'empty_file', message: localized((c) => c.ingest.table.emptyFile) };
  const csv = parseCsv(decoded.text);
  const table: Table = {
    format: 'csv',
    rows: csv.rows,
    issues: csv.issues,
    encoding: decoded.encoding,
    delimiter: csv.delimiter,
    notices: decoded.notice ? [decoded.notice] : [],
  };
  return { ok: true, table };
}

/**
 * CSV bytes as the pipeline takes them: refused when larger than `maxBytes` (a survey export
 * never is) or when they are an .xlsx workbook (readTable reads those); else readCsvTable.
 */
export function readCsvInput(bytes: Uint8Array, options: ReadOptions & { maxBytes: number }): TableResult {
  if (bytes.length > options.maxBytes)
    return {
      ok: false,
      code: 'file_too_large',
      message: localized((c) => c.ingest.fileTooLarge(bytes.length, options.maxBytes)),
    };
  if (looksLikeXlsx(bytes))
    return { ok: false, code: 'xlsx_needs_reader', message: localized((c) => c.ingest.table.xlsxNeedsReader) };
  return readCsvTable(bytes, options);
}

/** Reads a CSV or .xlsx export into a Table (async because unzipping an .xlsx is). */
export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<TableResult> {
  // — issue #23: LibreOffice .ods read, Excel 97–2003 .xls named —
  if (looksLikeXls(bytes))
    return isEncryptedOffice(bytes)
      ? { ok: false, code: 'password_protected', message: localized((c) => c.ingest.passwordProtected('.xlsx')) }
      : { ok: false, code: 'xls_legacy', message: localized((c) => c.ingest.xlsLegacy) };
  if (looksLikeOds(bytes)) {
    const result = readOdsTable(bytes, options.sheet);
    if (result.ok && result.table.rows.length === 0)
      return { ok: false, code: 'empty_file', message: localized((c) => c.ingest.table.emptySheet) };
    return result;
  }
  if (looksLikeXlsx(bytes)) {
    const result = await readXlsxTable(bytes, options.sheet);
    if (result.ok && result.table.rows.length === 0)
      return { ok: false, code: 'empty_file', message: localized((c) => c.ingest.table.emptySheet) };
    return result;
  }
  return readCsvTable(bytes, options);
}
