// .xlsx workbooks → Table. read-excel-file (MIT; unzips with fflate and reads the sheet
// XML with a small SAX parser) runs at build time only; nothing here reaches a page.
import { readSheet } from 'read-excel-file/node';
import { localized } from '../../i18n/index.ts';
import { isBlank, type Table, type TableResult, type TableRow } from './table.ts';

/** An .xlsx (zip) file starts with the zip local-file signature "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads one sheet (the first unless `sheet` names another) as text cells. Numbers keep
 * the text Excel would show for a plain number; dates become ISO 8601.
 * Never throws: an unreadable workbook or a missing sheet comes back as { ok: false }.
 */
export async function readXlsxTable(bytes: Uint8Array, sheet?: string): Promise<TableResult> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes), sheet ?? 1)) as unknown[][];
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'SheetNotFoundError')
      return {
        ok: false,
        code: 'sheet_not_found',
        message: localized((c) => c.ingest.sheetNotFound(sheet!)),
      };
    return {
      ok: false,
      code: 'xlsx_unreadable',
      message: localized((c) => c.ingest.table.xlsxUnreadable),
    };
  }
  const rows: TableRow[] = [];
  data.forEach((values, i) => {
    const cells = values.map(cellText);
    if (!isBlank(cells)) rows.push({ row: i + 1, cells });
  });
  const table: Table = { format: 'xlsx', rows, issues: [], encoding: null, delimiter: null, notices: [] };
  return { ok: true, table };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
