import { describe, expect, it } from 'vitest';
import { charCount, displayHeader, displayLine, displayValue, escapeText, jsonSafe } from './display.ts';

describe('displayHeader', () => {
  it('cuts a long header in the middle, keeping the end that tells columns apart', () => {
    const q = 'Які напрями розвитку «розумної громади» є пріоритетними?';
    expect(displayHeader(`${q} / Велодоріжки`, 60, 'uk')).toBe(
      '«Які напрями розвитку «розумної…є пріоритетними? / Велодоріжки» (70 символів)',
    );
    expect(displayHeader('Громада', 60, 'uk')).toBe('«Громада»');
    expect(displayHeader(`${'a'.repeat(29)}😀${'b'.repeat(40)}`, 60)).not.toMatch(/[\ud800-\udfff]…|…[\udc00-\udfff]/);
  });
});

describe('displayValue', () => {
  it('escapes terminal controls, C1, bidi and zero-width characters, and backslashes', () => {
    expect(displayValue('x\u001b[2J\u001b[H')).toBe('"x\\u001b[2J\\u001b[H"');
    expect(displayValue('a\u0085b\u202ec\u200bd\te\nf')).toBe('"a\\u0085b\\u202ec\\u200bd\\te\\nf"');
    expect(displayValue('C:\\u001b')).toBe('"C:\\\\u001b"');
    expect(displayValue('tag\u{e0041}')).toBe('"tag\\u{e0041}"');
    expect(displayValue("Київ — м'ята ʼ’ 12 345")).toBe('"Київ — м\'ята ʼ’ 12 345"');
  });

  it('cuts a long value and notes its full length in characters', () => {
    expect(displayValue('ж'.repeat(5_000_000))).toBe(`"${'ж'.repeat(80)}…" (5 000 000 символів / characters)`);
    expect(displayValue('a'.repeat(80))).toBe(`"${'a'.repeat(80)}"`);
    // never splits a surrogate pair
    const emoji = `${'a'.repeat(79)}😀😀`;
    expect(displayValue(emoji)).toBe(`"${'a'.repeat(79)}…" (81 символів / characters)`);
    expect(charCount('😀ж')).toBe(2);
  });
});

describe('displayLine / escapeText / jsonSafe', () => {
  it('escapes a message without doubling the backslashes of values already escaped', () => {
    expect(displayLine('unknown answer "x\\u001b" \u001b[2J')).toBe('unknown answer "x\\u001b" \\u001b[2J');
    expect(displayLine('x'.repeat(500))).toMatch(/^x{400}… \(500 символів \/ characters\)$/);
    expect(escapeText('a\\b', false)).toBe('a\\b');
  });

  it('writes C1 and bidi characters in JSON as \\u escapes, leaving the same JSON value', () => {
    const value = { a: 'x\u0085\u202e\u001b\n', b: [1, 2] };
    const text = jsonSafe(JSON.stringify(value, null, 1));
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    expect(text).not.toMatch(/[\u0080-\u009f\u202e\u001b]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
