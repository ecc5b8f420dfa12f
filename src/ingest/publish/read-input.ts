// Reads the export for the CLI, answering every file-system problem with a one-line reason:
// missing, a folder, a device or pipe, unreadable (/proc/self/mem gives EIO), or too big.
// Reads at most maxBytes + 1 bytes whatever stat says: /proc files report size 0.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Localized } from '../../contract/types.ts';
import { basename } from 'node:path';
import { displayPath } from '../../text/display.ts';
import { invisibleProblem } from '../../text/invisible.ts';
import { fsReason } from './fs-reason.ts';
import { localized, type Catalogue } from '../../i18n/index.ts';

export type InputRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: Localized };

/** The bytes of a regular file of at most `maxBytes`, or why they cannot be had. Never throws for file-system errors. */
export function readInputFile(path: string, maxBytes: number): InputRead {
  const where = displayPath(path);
  const fail = (pick: (c: Catalogue['ingest']['input'], lang: 'uk' | 'en') => string): InputRead => ({
    ok: false,
    reason: localized((c, lang) => `${where}: ${pick(c.ingest.input, lang)}`),
  });
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const why = fsReason(err);
    return fail((c, lang) => c.cannotOpen(why[lang]));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return fail((c) => c.notAFile);
    if (st.size > maxBytes) return fail((c) => c.tooBig(mb(maxBytes)));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return fail((c) => c.tooBig(mb(maxBytes)));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    const why = fsReason(err);
    return fail((c, lang) => c.cannotRead(why[lang]));
  } finally {
    closeSync(fd);
  }
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The export's file name is published (meta.json, the data page): it must not hold invisible characters either. */
export function inputNameProblem(path: string): Localized | null {
  const p = invisibleProblem(basename(path));
  if (p === null) return null;
  const where = displayPath(path);
  return localized((c, lang) => `${where}: ${c.ingest.input.fileName(p[lang])}`);
}
