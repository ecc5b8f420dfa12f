import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/csv/${name}`, import.meta.url));
const text = (r: ReturnType<typeof decodeBytes>) => (r.ok ? r.text : `FAILED: ${r.message.en}`);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM', () => {
    const plain = decodeBytes(fixture('valid.csv'));
    const bom = decodeBytes(fixture('utf8-bom.csv'));
    expect(plain).toMatchObject({ ok: true, encoding: 'utf-8', notice: null });
    expect(text(bom)).toBe(text(plain));
    expect(text(bom).startsWith('respondent_id')).toBe(true);
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = decodeBytes(fixture('utf16le-bom-tab.csv'));
    const be = decodeBytes(fixture('utf16be-bom.csv'));
    expect(le).toMatchObject({ ok: true, encoding: 'utf-16le' });
    expect(be).toMatchObject({ ok: true, encoding: 'utf-16be' });
    expect(text(be)).toBe(text(decodeBytes(fixture('valid.csv'))));
    expect(text(le)).toContain('Бучанська громада\tКиївська область');
  });

  it('falls back to Windows-1251 when the bytes are not UTF-8, with a notice', () => {
    const r = decodeBytes(fixture('cp1251-semicolon-crlf.csv'));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1251' });
    expect(r.ok && r.notice?.message.en).toMatch(/Windows-1251/);
    expect(r.ok && r.notice?.message.uk).toMatch(/Windows-1251/);
    expect(text(r)).toContain('Бучанська громада;Київська область');
  });

  it('keeps mostly-valid UTF-8 as UTF-8 instead of turning it into mojibake', () => {
    const bytes = new Uint8Array([...fixture('valid.csv'), 0xff]);
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(r.ok && r.notice?.message.en).toMatch(/1 invalid UTF-8/);
    expect(text(r)).toContain('Київська область');
  });

  it('honours a forced encoding', () => {
    const r = decodeBytes(fixture('cp1251-semicolon-crlf.csv'), 'cp1251');
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1251', notice: null });
  });

  it('rejects binary input with a one-line reason', () => {
    for (const name of ['binary-garbage.csv', 'control-garbage.csv']) {
      const r = decodeBytes(fixture(name));
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.message.uk + r.message.en).not.toContain('\n');
    }
  });

  it('counts exactly the replacements: overlong forms and encoded surrogates, not a real U+FFFD', () => {
    const good = new TextEncoder().encode('Бучанська громада, Ірпінська громада, Гостомельська громада, ');
    const parts = [good, Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xc0, 0xaf), Uint8Array.of(0xe0, 0x80, 0x80)];
    const bytes = new Uint8Array([...parts.flatMap((p) => [...p]), ...new TextEncoder().encode(' \uFFFD')]);
    const r = decodeBytes(bytes);
    expect(r.ok && [...r.text].filter((c) => c === '\uFFFD')).toHaveLength(9);
    expect(r.ok && r.notice?.message.uk).toMatch(/^8 недійсних /);
    expect(r.ok && r.notice?.message.en).toMatch(/^8 invalid UTF-8 /);
  });
});
