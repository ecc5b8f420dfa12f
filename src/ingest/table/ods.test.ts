import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { writeOds } from '../../../tests/fixtures/exports/ods-writer.ts';
import { writeXlsx } from '../../../tests/fixtures/exports/xlsx-writer.ts';
import { project } from '../../../tests/support/survey.ts';
import { runPipeline } from '../pipeline.ts';
import { looksLikeOds } from './ods.ts';
import { readTable } from './read.ts';

const S = 'Чи має громада стратегію розвитку «розумної громади»?';
const Q = 'Які напрями розвитку «розумної громади» є пріоритетними?';

describe('LibreOffice .ods', () => {
  const ods = writeOds({
    Відповіді: [
      [{ text: 'Опитування громад', span: 4 }],
      null,
      ['Назва громади', 'Область', 'Населення', S, Q],
      ['Бучанська міська громада', 'Київська область', 12345, 'затверджена', 'Освіта, Туризм'],
      null,
      ['Жовківська  міська громада', 'Львівська область', 35000, 'відсутня', 'Туризм'],
    ],
  });

  it('is told apart from .xlsx by its mimetype entry', () => {
    expect(looksLikeOds(ods)).toBe(true);
    expect(looksLikeOds(writeXlsx({ Sheet1: [['a']] }))).toBe(false);
  });

  it('reads the sheet with the row numbers LibreOffice shows, spans, spaces and numbers', async () => {
    const t = await readTable(ods);
    if (!t.ok) throw new Error(t.message.en);
    expect(t.table.format).toBe('ods');
    expect(t.table.rows.map((r) => r.row)).toEqual([1, 4, 5, 8]);
    expect(t.table.rows[2]!.cells).toEqual([
      'Бучанська міська громада',
      'Київська область',
      '12345',
      'затверджена',
      'Освіта, Туризм',
    ]);
    expect(t.table.rows[3]!.cells[0]).toBe('Жовківська  міська громада');
    const r = runPipeline(t.table, 'answers.ods', project);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // By hand: two answers; the title above the header and the blank rows between are told.
    expect(r).toMatchObject({ ok: true, rowsRead: 4, rowsValid: 2, rowsSkipped: 2 });
    expect(r.records.map((x) => x.population)).toEqual([12345, 35000]);
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['header_rows', 'blank_rows']));
  });

  it('names a missing sheet and an unreadable file', async () => {
    expect(await readTable(ods, { sheet: 'Аркуш2' })).toMatchObject({ ok: false, code: 'sheet_not_found' });
    const broken = ods.slice(0, 200);
    expect(await readTable(broken)).toMatchObject({ ok: false, code: 'ods_unreadable' });
    // a whole zip whose content.xml is damaged XML (the parser threw: exit 70, "internal error")
    const damaged = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content><table:table'),
    });
    expect(await readTable(damaged)).toMatchObject({ ok: false, code: 'ods_unreadable' });
  });
});

describe('a workbook protected with a password', () => {
  it('is named as such, not as sheetless (.ods) or as an Excel 97–2003 file (.xlsx)', async () => {
    // LibreOffice keeps mimetype and the manifest in clear and lists each encrypted part in it.
    const manifest = `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1811">
  <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="x">
   <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="y"/>
  </manifest:encryption-data>
 </manifest:file-entry>
</manifest:manifest>`;
    const ods = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'META-INF/manifest.xml': strToU8(manifest),
      'content.xml': [new Uint8Array(512).map((_, i) => (i * 97 + 13) & 255), { level: 0 }],
    });
    const r = await readTable(ods);
    expect(r).toMatchObject({ ok: false, code: 'password_protected' });
    if (!r.ok) expect(r.message.uk).toContain('таблицю .ods захищено паролем');
    // Excel's encrypted .xlsx: an OLE2 file holding the EncryptionInfo and EncryptedPackage streams.
    const name = (s: string) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(name('EncryptionInfo'), 1024);
    ole.set(name('EncryptedPackage'), 1152);
    const xlsx = await readTable(ole);
    expect(xlsx).toMatchObject({ ok: false, code: 'password_protected' });
    if (!xlsx.ok) expect(xlsx.message.en).toContain('the .xlsx spreadsheet is protected with a password');
  });
});

describe('Excel 97–2003 .xls', () => {
  it('is named, with what to do, instead of "binary or UTF-16"', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const r = await readTable(xls);
    expect(r).toMatchObject({ ok: false, code: 'xls_legacy' });
    if (!r.ok) {
      expect(r.message.uk).toContain('97–2003');
      expect(r.message.en).toContain('save it as .xlsx or "CSV UTF-8"');
    }
  });
});
