// LibreOffice / OpenOffice .ods spreadsheets → Table. An .ods is a zip holding the sheet in
// content.xml (OpenDocument 1.3, part 3, §9.1 "table:table"); no maintained npm reader
// without known advisories was found (SheetJS on npm is 0.18.5, with CVE-2023-30533 and
// CVE-2024-22363), so content.xml is read with fflate and fast-xml-parser, both already
// dependencies. Runs at build time only.
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { localized } from '../../i18n/index.ts';
import { isBlank, type Table, type TableResult, type TableRow } from './table.ts';

/** content.xml larger than this is not a survey export (a zip bomb, or a wrong file) */
const MAX_CONTENT_BYTES = 300 * 1024 * 1024;
const MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const MANIFEST = 'META-INF/manifest.xml';

/** An OpenDocument spreadsheet: a zip whose first entry, stored, is `mimetype` naming the type. */
export function looksLikeOds(bytes: Uint8Array): boolean {
  if (bytes.length < 38 + MIME.length) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 38 + MIME.length));
  return head === `mimetype${MIME}`;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Reads one sheet (the first unless `sheet` names another) as text cells: numbers as their
 * plain value (like the .xlsx reader), dates as ISO 8601, everything else as shown.
 * Never throws: an unreadable file or a missing sheet comes back as { ok: false }.
 */
export function readOdsTable(bytes: Uint8Array, sheet?: string): TableResult {
  let xml: string;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => (f.name === 'content.xml' || f.name === MANIFEST) && f.originalSize <= MAX_CONTENT_BYTES,
    });
    // A password-protected .ods lists how each part is encrypted (manifest:encryption-data, OpenDocument packages).
    const manifest = files[MANIFEST];
    if (manifest && new TextDecoder('utf-8').decode(manifest).includes('encryption-data'))
      return { ok: false, code: 'password_protected', message: localized((c) => c.ingest.passwordProtected('.ods')) };
    const content = files['content.xml'];
    if (!content) throw new Error('no content.xml');
    xml = new TextDecoder('utf-8').decode(content);
  } catch {
    return { ok: false, code: 'ods_unreadable', message: localized((c) => c.ingest.odsUnreadable) };
  }
  let doc: Node[];
  try {
    doc = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      processEntities: true,
    }).parse(xml) as Node[];
  } catch {
    // A content.xml cut short or damaged: the parser throws on the first bad tag.
    return { ok: false, code: 'ods_unreadable', message: localized((c) => c.ingest.odsUnreadable) };
  }
  const tables = find(doc, 'table:table');
  const table = sheet === undefined ? tables[0] : tables.find((t) => t[':@']?.['table:name'] === sheet);
  if (!table)
    return sheet === undefined
      ? { ok: false, code: 'empty_file', message: localized((c) => c.ingest.odsEmpty) }
      : { ok: false, code: 'sheet_not_found', message: localized((c) => c.ingest.sheetNotFound(sheet)) };
  const rows: TableRow[] = [];
  let rowNumber = 0;
  for (const row of find([table], 'table:table-row')) {
    const repeat = Number(row[':@']?.['table:number-rows-repeated'] ?? 1);
    const cells = rowCells(row);
    if (isBlank(cells)) {
      rowNumber += repeat;
      continue;
    }
    for (let k = 0; k < Math.min(repeat, 1000); k++) rows.push({ row: ++rowNumber, cells: [...cells] });
  }
  const result: Table = { format: 'ods', rows, issues: [], encoding: null, delimiter: null, notices: [] };
  return { ok: true, table: result };
}

function rowCells(row: Node): string[] {
  const cells: string[] = [];
  for (const child of children(row)) {
    const tag = tagOf(child);
    if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
    const attrs = child[':@'] ?? {};
    const repeat = Number(attrs['table:number-columns-repeated'] ?? 1);
    const value = tag === 'table:covered-table-cell' ? '' : cellValue(child, attrs);
    // Blank cells repeated to the sheet's edge are not expanded.
    if (value === '') for (let k = 0; k < repeat; k++) cells.push('');
    else for (let k = 0; k < Math.min(repeat, 1000); k++) cells.push(value);
    if (cells.length > 16_384) break;
  }
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return cells;
}

function cellValue(cell: Node, attrs: Record<string, string>): string {
  const type = attrs['office:value-type'];
  if ((type === 'float' || type === 'percentage' || type === 'currency') && attrs['office:value'] !== undefined)
    return String(Number(attrs['office:value']));
  if (type === 'date' && attrs['office:date-value']) return attrs['office:date-value'];
  return children(cell)
    .filter((c) => tagOf(c) === 'text:p')
    .map(text)
    .join('\n');
}

/** The text of a paragraph: spans and links by their text, text:s as spaces, tabs and line breaks. */
function text(node: Node): string {
  let out = '';
  for (const c of children(node)) {
    const tag = tagOf(c);
    if (tag === '#text') out += String(c['#text']);
    else if (tag === 'text:s') out += ' '.repeat(Number(c[':@']?.['text:c'] ?? 1));
    else if (tag === 'text:tab') out += '\t';
    else if (tag === 'text:line-break') out += '\n';
    else if (tag !== 'office:annotation') out += text(c);
  }
  return out;
}

function tagOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}
function children(node: Node): Node[] {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? (v as Node[]) : [];
}
/** Depth-first search for elements named `tag`, not looking inside the ones found. */
function find(nodes: Node[], tag: string): Node[] {
  const out: Node[] = [];
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n);
    else out.push(...find(children(n), tag));
  }
  return out;
}
