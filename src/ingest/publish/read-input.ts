// Reads the export for the CLI, answering every file-system problem with a one-line reason:
// missing, a folder, a device or pipe, unreadable (/proc/self/mem gives EIO), or too big.
// Reads at most maxBytes + 1 bytes whatever stat says: /proc files report size 0.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Localized } from '../../contract/types.ts';
import { basename } from 'node:path';
import { displayPath } from '../../text/display.ts';
import { invisibleProblem } from '../../text/invisible.ts';
import { fsReason } from './fs-reason.ts';

export type InputRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: Localized };

/** The bytes of a regular file of at most `maxBytes`, or why they cannot be had. Never throws for file-system errors. */
export function readInputFile(path: string, maxBytes: number): InputRead {
  const where = displayPath(path);
  const fail = (uk: string, en: string): InputRead => ({
    ok: false,
    reason: { uk: `${where}: ${uk}`, en: `${where}: ${en}` },
  });
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const why = fsReason(err);
    return fail(`не вдалося відкрити: ${why.uk}`, `cannot open: ${why.en}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return fail('це не звичайний файл (тека чи пристрій)', 'not a file (a folder or a device)');
    if (st.size > maxBytes) return fail(tooBig(st.size, maxBytes).uk, tooBig(st.size, maxBytes).en);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return fail(tooBig(total, maxBytes).uk, tooBig(total, maxBytes).en);
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    const why = fsReason(err);
    return fail(`не вдалося прочитати: ${why.uk}`, `cannot read: ${why.en}`);
  } finally {
    closeSync(fd);
  }
}

function tooBig(size: number, max: number): Localized {
  const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
  return {
    uk: `файл більший за ${mb(max)} — завеликий для експорту опитування`,
    en: `file is larger than the ${mb(max)} limit for a survey export`,
  };
}

/** The export's file name is published (meta.json, the data page): it must not hold invisible characters either. */
export function inputNameProblem(path: string): Localized | null {
  const p = invisibleProblem(basename(path));
  if (p === null) return null;
  const where = displayPath(path);
  return {
    uk: `${where}: назва файлу ${p.uk.replace('наберіть текст заново', 'перейменуйте файл')}`,
    en: `${where}: the file name ${p.en.replace('retype the text', 'rename the file')}`,
  };
}
