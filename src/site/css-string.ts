// Text that goes into CSS as a string token: the column names of the phone "card" tables are
// written into a page's <style> (src/site/table-labels.ts), and a label is data (a metric's or a
// group's name), so it may hold anything.

/**
 * `text` as a double-quoted CSS string that reads back as exactly `text` (CSSOM's "serialize a
 * string", plus `<`): `"` and `\` get a backslash; a control character or `<` becomes a hex
 * escape with its terminating space, so a newline cannot end the string and `</style>` cannot
 * end the element it sits in; NUL, which CSS cannot carry, becomes U+FFFD as a parser would.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0) out += '\uFFFD';
    else if (code < 0x20 || code === 0x7f || ch === '<') out += `\\${code.toString(16)} `;
    else if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else out += ch;
  }
  return `${out}"`;
}
