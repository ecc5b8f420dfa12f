import { describe, expect, it } from 'vitest';
import { ukOrder, ukCollationKey } from './collation-key.ts';

const collator = new Intl.Collator('uk');
const sign = (n: number) => Math.sign(n);
const keyCompare = (a: string, b: string) => {
  const ka = ukCollationKey(a);
  const kb = ukCollationKey(b);
  if (ka === null || kb === null) throw new Error(`no key for ${a} or ${b}`);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('ukCollationKey', () => {
  it('orders random names over the whole alphabet exactly as Intl.Collator("uk")', () => {
    // Names built from a few stems and every alphabet character, so pairs often share
    // prefixes and differ only in case, accent, apostrophe or punctuation.
    const chars = [
      ...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ',
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
      ...'0123456789 -–—\'’ʼ‘`.,:;()«»"/№',
    ];
    const stems = ['', 'Громада ', 'громада', 'Біла', 'Бiла', 'Їжак', 'Іва', 'ґ', 'Г', 'Кам’ян', "Кам'ян", 'Камʼян'];
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1664525 + 1013904223) >>> 0) % n;
    const name = () => {
      let s = stems[rand(stems.length)]!;
      for (let i = rand(6); i > 0; i--) s += chars[rand(chars.length)];
      return s;
    };
    let mismatches = 0;
    for (let i = 0; i < 100_000; i++) {
      const a = name();
      const b = name();
      if (sign(collator.compare(a, b)) !== keyCompare(a, b)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('weighs accents before case, as the collator does («еЁ» before «ёе»)', () => {
    // е/ё and the two apostrophes differ at the secondary level, case at the tertiary:
    // names made only of them exercise the order of the levels.
    const chars = [..."еЕёЁ'’ʼ‘`аА"];
    let seed = 11;
    const rand = (n: number) => (seed = (seed * 1664525 + 1013904223) >>> 0) % n;
    const name = () => Array.from({ length: 1 + rand(4) }, () => chars[rand(chars.length)]).join('');
    let mismatches = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = name();
      const b = name();
      if (sign(collator.compare(a, b)) !== keyCompare(a, b)) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(keyCompare('еЁ', 'ёе')).toBe(-1);
  });

  it('has no key for a name with a character outside the alphabet', () => {
    expect(ukCollationKey('Громада №1')).not.toBeNull();
    expect(ukCollationKey('Громада #1')).toBeNull();
    expect(ukCollationKey('Ústí')).toBeNull();
    expect(ukCollationKey('Біла Церква')).not.toBeNull();
    expect(ukCollationKey('а'.repeat(200_000))).toBeNull();
  });
});

describe('ukOrder', () => {
  it('sorts Ukrainian names in alphabet order, not code-point order, equal names in input order', () => {
    const names = [
      'Яготин',
      'Ірпінь',
      'Ґорґани',
      'Іванків',
      'Їжакевичі',
      'Гуляйполе',
      'Євпаторія',
      'Житомир',
      'Ірпінь',
    ];
    const order = ukOrder(names);
    expect(order.map((i) => names[i])).toEqual([
      'Гуляйполе',
      'Ґорґани',
      'Євпаторія',
      'Житомир',
      'Іванків',
      'Ірпінь',
      'Ірпінь',
      'Їжакевичі',
      'Яготин',
    ]);
    expect(order.filter((i) => names[i] === 'Ірпінь')).toEqual([1, 8]);
  });
  it('falls back to the collator when a name has no key, with the same order', () => {
    const names = ['Яготин', 'Громада #2', 'Ірпінь', 'Громада #10', 'Ґорґани', 'Ірпінь'];
    expect(ukOrder(names).map((i) => names[i])).toEqual([...names].sort(collator.compare));
    expect(ukOrder(names).filter((i) => names[i] === 'Ірпінь')).toEqual([2, 5]);
  });
  it('keeps positions past 65,535 (a position is two code units of the key) and equal names in input order', () => {
    const names = Array.from({ length: 70_000 }, (_, i) => `Громада ${(70_000 - i) % 1000}`);
    const order = ukOrder(names);
    const expected = names.map((_, i) => i).sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
    expect(order).toEqual(expected);
  });
});
