// Where each attribute of a JSX opening tag starts. The MDX parser gives positions for
// elements but not for their attributes; a tag spread over several lines should still
// be reported at the attribute's own line and column.

/**
 * Offsets (UTF-16, into `source`) of the attributes of the opening tag that starts at
 * `start` (the `<`), in the order written; a `{…}` spread counts as one attribute.
 * Skips quoted values and balanced braces, so `title="a>b"` does not end the tag.
 */
export function attributeOffsets(source: string, start: number): number[] {
  const out: number[] = [];
  let i = start + 1;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  while (i < source.length && !/[\s/>{]/.test(source[i]!)) i++; // the tag name
  while (i < source.length) {
    while (isSpace(source[i])) i++;
    const c = source[i];
    if (c === undefined || c === '>' || c === '/') break;
    out.push(i);
    if (c === '{') {
      i = skipBraces(source, i);
      continue;
    }
    while (i < source.length && !/[\s=/>{]/.test(source[i]!)) i++;
    while (isSpace(source[i])) i++;
    if (source[i] !== '=') continue;
    i++;
    while (isSpace(source[i])) i++;
    if (source[i] === '"' || source[i] === "'") i = source.indexOf(source[i]!, i + 1) + 1 || source.length;
    else if (source[i] === '{') i = skipBraces(source, i);
  }
  return out;
}

/** Index just past the `}` that closes the `{` at `i`, skipping strings inside. */
function skipBraces(source: string, i: number): number {
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const end = source.indexOf(c, i + 1);
      i = end === -1 ? source.length : end;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** 1-based line and column of a UTF-16 offset, as editors' text editors count them. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
