// Excel 97–2003 .xls workbooks are BIFF records in an OLE2 compound file. No maintained npm
// reader without known advisories reads them (SheetJS on npm is 0.18.5, with CVE-2023-30533
// and CVE-2024-22363), so they are named and refused with what to do, instead of being
// called "binary or UTF-16" by the CSV decoder.

/** The OLE2 compound-file signature D0 CF 11 E0 A1 B1 1A E1 (also old .doc files; the message says so). */
export function looksLikeXls(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}
