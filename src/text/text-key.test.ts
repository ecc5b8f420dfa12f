import { describe, expect, it } from 'vitest';
import { referenceTextKey, textKey } from './text-key.ts';

describe('textKey', () => {
  it('keys names the way a reader would call them the same', () => {
    expect(textKey('  Київська   обл.  ')).toBe('київська обл');
    expect(textKey('Kиїв')).toBe('київ'); // Latin K among Cyrillic
    expect(textKey('Kyiv')).toBe('kyiv'); // no Cyrillic: Latin stays Latin
    expect(textKey('Кам’янець-Подільська')).toBe("кам'янець подільська");
    expect(textKey('Камʼянець—Подільська (ТГ)')).toBe("кам'янець подільська тг");
    expect(textKey('и\u0306ого')).toBe('його'); // й typed as и + combining breve
    expect(textKey('\u00a0Буча\u2009громада\ufeff')).toBe('буча громада');
    expect(textKey('"«Кременецька» міська громада"')).toBe('кременецька міська громада');
    expect(textKey('„Буча“ ТГ')).toBe('буча тг');
    expect(textKey('')).toBe('');
    expect(textKey(' .-, ')).toBe('');
  });

  it('gives the reference key on random text over Cyrillic, Latin, punctuation, spaces and combining marks', () => {
    // The fast path must never differ from the definition: characters it keys itself, and
    // those it must leave to the reference (combining marks, Greek, İ, kana + U+3099, Ω).
    const chars = [
      ...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭѢѣҐ',
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      ...' \t\n.,-–—()\'’ʼ‘′´`"«»„“”№/:;!?ÀÉéßÆæİıſ',
      '\u00a0',
      '\u2000',
      '\u2009',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\u0301',
      '\u0306',
      '\u0308',
      '\u0483',
      'Σ',
      'ς',
      '\u037e',
      'か',
      '\u3099',
      '\u2126',
      '\u212a',
      '\u0000',
      '😀',
    ];
    let seed = 11;
    const rand = (n: number) => (seed = (seed * 1664525 + 1013904223) >>> 0) % n;
    const mismatches: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      let s = '';
      for (let k = rand(12); k > 0; k--) s += chars[rand(chars.length)];
      if (textKey(s) !== referenceTextKey(s)) mismatches.push(JSON.stringify(s));
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('gives the reference key for every single character of the Basic Multilingual Plane', () => {
    const mismatches: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `а${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
      if (textKey(s) !== referenceTextKey(s)) mismatches.push(c);
    }
    expect(mismatches.map((c) => c.toString(16))).toEqual([]);
  });
});
