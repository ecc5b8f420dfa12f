// Excel 97–2003 .xls workbooks are BIFF records in an OLE2 compound file. No maintained npm
// reader without known advisories reads them (SheetJS on npm is 0.18.5, with CVE-2023-30533
// and CVE-2024-22363), so they are named and refused with what to do, instead of being
// called "binary or UTF-16" by the CSV decoder.

/** The OLE2 compound-file signature D0 CF 11 E0 A1 B1 1A E1 (also old .doc files; the message says so). */
export function looksLikeXls(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" in UTF-16LE: the stream name of a password-protected .xlsx/.docx in its OLE2 wrapper. */
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]));

/**
 * Whether an OLE2 compound file is an Office document encrypted with a password (MS-OFFCRYPTO,
 * ECMA-376 document encryption: an EncryptionInfo stream beside EncryptedPackage): Excel saves a password-protected
 * .xlsx in this wrapper, which would otherwise be taken for an Excel 97–2003 .xls.
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  // The directory entries' names are UTF-16LE; they sit within the first sectors of a small file.
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
  outer: for (let i = head.indexOf(ENCRYPTION_INFO[0]!); i !== -1; i = head.indexOf(ENCRYPTION_INFO[0]!, i + 1)) {
    for (let k = 1; k < ENCRYPTION_INFO.length; k++) if (head[i + k] !== ENCRYPTION_INFO[k]) continue outer;
    return true;
  }
  return false;
}
