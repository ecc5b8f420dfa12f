import { describe, expect, it } from 'vitest';
import { cssString } from './css-string.ts';

/** A CSS string token read back as CSS Syntax 3 "consume a string token" does (escapes included). */
function readCssString(token: string): string {
  expect(token[0]).toBe('"');
  let out = '';
  let i = 1;
  for (;;) {
    const ch = token[i];
    if (ch === undefined) throw new Error('unterminated string');
    if (ch === '"') break;
    if (ch === '\n') throw new Error('bad string: raw newline');
    if (ch === '\\') {
      const hex = /^[0-9a-fA-F]{1,6}\s?/.exec(token.slice(i + 1));
      if (hex) {
        out += String.fromCodePoint(parseInt(hex[0].trim(), 16));
        i += 1 + hex[0].length;
      } else {
        out += String.fromCodePoint(token.codePointAt(i + 1)!);
        i += 1 + String.fromCodePoint(token.codePointAt(i + 1)!).length;
      }
      continue;
    }
    out += ch;
    i += 1;
  }
  expect(i).toBe(token.length - 1);
  return out;
}

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('95 % інтервал')).toBe('"95 % інтервал"');
    expect(cssString('Ранг · можливі місця')).toBe('"Ранг · можливі місця"');
  });

  it('escapes quotes, backslashes, control characters and <', () => {
    expect(cssString('a"b')).toBe('"a\\"b"');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('a\rb\tc\u007f')).toBe('"a\\d b\\9 c\\7f "');
    expect(cssString('</style><script>')).toBe('"\\3c /style>\\3c script>"');
    expect(cssString("it's")).toBe('"it\'s"');
    expect(cssString('a\u0000b')).toBe('"a\uFFFDb"');
  });

  it('reads back as the same text, a hex digit after an escape included', () => {
    for (const text of [
      '',
      'a\n1',
      '"\\"',
      '\\a',
      'x\u00a0%\u00adz',
      "😀 <b> \t'",
      'a\\\nb',
      '\n\n',
      'end\\',
      'a\u0000b',
    ]) {
      const token = cssString(text);
      expect(token).not.toMatch(/[\n\r\f]|<\//);
      expect(readCssString(token)).toBe(text.replaceAll('\u0000', '\uFFFD'));
    }
  });
});
