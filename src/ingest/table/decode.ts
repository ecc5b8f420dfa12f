// Turns the raw bytes of a spreadsheet export into text. Exports reach us as
// UTF-8 (with or without BOM), UTF-16 from "Unicode text" saves, or legacy
// Windows-1251 from older Excel installs, and nobody tells us which.

import type { Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';

/** a reason or notice: a stable code and its text in both languages */
interface DecodeMessage {
  code: string;
  message: Localized;
}
export type DecodeResult =
  { ok: true; text: string; encoding: string; notice: DecodeMessage | null } | ({ ok: false } & DecodeMessage);

const BINARY_CONTROL_RATIO = 0.01;

export function decodeBytes(bytes: Uint8Array, forced?: string): DecodeResult {
  if (forced) return finish(decodeForced(bytes, forced), forced, null);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(bytes), 'utf-16le', null);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(bytes), 'utf-16be', null);
  }
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', null);
  } catch {
    // Not valid UTF-8: either a legacy Windows-1251 export or a UTF-8 file with a few damaged bytes.
  }
  const { valid, invalid } = countUtf8Sequences(bytes);
  if (valid > 0 && valid >= invalid * 10) {
    // Mostly well-formed UTF-8: reading it as 1251 would turn every Cyrillic letter into mojibake,
    // so keep UTF-8 and let the validator point at the cells holding the replacement characters.
    const text = new TextDecoder('utf-8').decode(bytes);
    const replaced = replacementCount(text, bytes);
    return finish(text, 'utf-8', {
      code: 'utf8_replaced',
      message: localized((c) => c.ingest.table.utf8Replaced(replaced)),
    });
  }
  return finish(new TextDecoder('windows-1251').decode(bytes), 'windows-1251', {
    code: 'decoded_as_cp1251',
    message: localized((c) => c.ingest.table.decodedAsCp1251),
  });
}

function decodeForced(bytes: Uint8Array, name: string): string {
  // Throws RangeError for an unknown label; the CLI turns that into a usage error.
  return new TextDecoder(name).decode(bytes);
}

function finish(text: string, encoding: string, notice: DecodeMessage | null): DecodeResult {
  const binary = binaryReason(text);
  if (binary) return { ok: false, ...binary };
  return { ok: true, text, encoding: new TextDecoder(encoding).encoding, notice };
}

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const NUL_OR_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/** A CSV never holds NUL and rarely any C0 control; many of them mean we were handed something else. */
function binaryReason(text: string): DecodeMessage | null {
  // One regex pass over the text; NUL is among the controls, so a clean file is never scanned twice.
  const controls = text.match(NUL_OR_CONTROL);
  if (controls === null) return null;
  if (text.indexOf('\u0000') !== -1) {
    return {
      code: 'binary_file',
      message: localized((c) => c.ingest.table.nulBytes),
    };
  }
  if (controls.length > Math.max(4, text.length * BINARY_CONTROL_RATIO)) {
    return {
      code: 'binary_file',
      message: localized((c) => c.ingest.table.controlCharacters(controls.length)),
    };
  }
  return null;
}

/**
 * How many U+FFFD the decoder put in for broken bytes: every U+FFFD in the text, less those
 * the file itself spelled as EF BF BD. (EF is never a continuation byte, so each EF BF BD in
 * the bytes decodes as one real U+FFFD.) Counting bytes instead misses overlong forms and
 * encoded surrogates, which look well-formed byte by byte.
 */
function replacementCount(text: string, bytes: Uint8Array): number {
  let inText = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) inText++;
  let literal = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  return inText - literal;
}

/** Counts well-formed multi-byte UTF-8 sequences against broken ones. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      ok = c !== undefined && c >= 0x80 && c <= 0xbf;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
