import { describe, expect, it } from 'vitest';
import { countNoun, formatDate, formatInterval, formatNumber, formatValue, glueNumbers } from './format.ts';
import type { Lang } from '../contract/types.ts';

const respondentForms = { uk: ['респондент', 'респонденти', 'респондентів'], en: ['respondent', 'respondents'] };
const formatRespondents = (n: number, lang: Lang) =>
  `${formatNumber(n, lang)} ${countNoun(n, respondentForms[lang], lang)}`;

const nb = '\u00a0';

describe('formatValue', () => {
  it('formats Ukrainian percentages with a decimal comma and a no-break space before %', () => {
    expect(formatValue(0.125, 'percent', 'uk', 1)).toBe(`12,5${nb}%`);
    expect(formatValue(0.125, 'percent', 'en', 1)).toBe('12.5%');
    expect(formatValue(0.4267, 'percent', 'uk')).toBe(`43${nb}%`);
    expect(formatValue(1, 'percent', 'en')).toBe('100%');
  });

  it('groups thousands: no-break space in Ukrainian, comma in English', () => {
    expect(formatValue(1234, 'integer', 'uk')).toBe(`1${nb}234`);
    expect(formatValue(1234567, 'integer', 'en')).toBe('1,234,567');
    expect(formatNumber(1234.5, 'uk', 1)).toBe(`1${nb}234,5`);
  });

  it('rounds scores to the requested digits, with a true minus sign for negatives', () => {
    expect(formatValue(57.26, 'score', 'uk')).toBe('57');
    expect(formatValue(57.26, 'score', 'uk', 1)).toBe('57,3');
    expect(formatNumber(-3.5, 'en', 1)).toBe('−3.5');
  });

  it('never shows decimals for integers', () => {
    expect(formatValue(12, 'integer', 'en', 2)).toBe('12');
  });
});

describe('formatInterval', () => {
  it('writes the unit once, with an en dash', () => {
    expect(formatInterval([0.25, 0.62], 'percent', 'uk')).toBe(`25–62${nb}%`);
    expect(formatInterval([0.25, 0.625], 'percent', 'en', 1)).toBe('25.0–62.5%');
    expect(formatInterval([41.2, 66.8], 'score', 'en')).toBe('41–67');
  });

  it('spaces the dash when a bound is negative, so it does not read as a minus', () => {
    expect(formatInterval([-5, 10], 'score', 'en')).toBe(`−5${nb}– 10`);
  });
});

describe('formatRespondents', () => {
  it('uses the three Ukrainian plural forms', () => {
    expect(formatRespondents(1, 'uk')).toBe('1 респондент');
    expect(formatRespondents(3, 'uk')).toBe('3 респонденти');
    expect(formatRespondents(11, 'uk')).toBe('11 респондентів');
    expect(formatRespondents(12, 'uk')).toBe('12 респондентів');
    expect(formatRespondents(22, 'uk')).toBe('22 респонденти');
    expect(formatRespondents(25, 'uk')).toBe('25 респондентів');
    expect(formatRespondents(21, 'uk')).toBe('21 респондент');
  });

  it('uses singular and plural in English', () => {
    expect(formatRespondents(1, 'en')).toBe('1 respondent');
    expect(formatRespondents(1200, 'en')).toBe('1,200 respondents');
  });
});

describe('countNoun', () => {
  const uk = (n: number) => countNoun(n, 'громада|громади|громад', 'uk');
  it('picks the Ukrainian one / few / many form by the last digits', () => {
    expect([1, 21, 101, 1001].map(uk)).toEqual(['громада', 'громада', 'громада', 'громада']);
    expect([2, 3, 4, 22, 24, 423].map(uk)).toEqual(['громади', 'громади', 'громади', 'громади', 'громади', 'громади']);
    expect([0, 5, 11, 12, 14, 20, 25, 111, 112, 1000].map(uk)).toEqual(Array(10).fill('громад'));
  });

  it('picks one / other in English, and repeats the last form when fewer are given', () => {
    expect(countNoun(1, 'community|communities', 'en')).toBe('community');
    expect(countNoun(0, 'community|communities', 'en')).toBe('communities');
    expect(countNoun(5, 'областей', 'uk')).toBe('областей');
    expect(countNoun(3, 'область|області', 'uk')).toBe('області');
    expect(countNoun(7, 'область|області', 'uk')).toBe('області');
  });
});

describe('formatDate', () => {
  it('writes the press conference date with its weekday', () => {
    expect(formatDate('2020-02-25', 'uk')).toBe('вівторок, 25\u00a0лютого 2020\u00a0року');
    expect(formatDate('2020-02-25', 'en')).toBe('Tuesday 25\u00a0February 2020');
  });
  it('refuses what is not a date', () => {
    expect(() => formatDate('2020-02-30', 'uk')).toThrow(/YYYY-MM-DD.*2020-02-30/);
    expect(() => formatDate('25.02.2020', 'en')).toThrow(/YYYY-MM-DD/);
  });
});

describe('glueNumbers', () => {
  const show = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u2060/g, '⁀');

  it('keeps digit groups and codebook ranges on one line', () => {
    expect(show(glueNumbers('10 000–49 999 мешканців'))).toBe('10⍽000–⁀49⍽999⍽мешканців');
    expect(show(glueNumbers('1 234 567'))).toBe('1⍽234⍽567');
    expect(show(glueNumbers('10,000–49,999 residents'))).toBe('10,000–⁀49,999⍽residents');
  });

  it('keeps a percentage with its sign and an interval whole', () => {
    expect(show(glueNumbers('енергоефективність — 42 % (37–47 %)'))).toBe('енергоефективність — 42⍽% (37–⁀47⍽%)');
    expect(show(glueNumbers('42% (37–47%)'))).toBe('42% (37–⁀47%)');
    expect(show(glueNumbers(formatInterval([-0.05, 0.03], 'percent', 'uk')))).toBe('−5⍽–⍽3⍽%');
  });

  it('keeps a count with its noun and "N in M" together', () => {
    expect(show(glueNumbers('423 громади з 24 областей'))).toBe('423⍽громади з 24⍽областей');
    expect(show(glueNumbers('Almost 9 in 10 communities'))).toBe('Almost 9⍽in⍽10⍽communities');
    expect(show(glueNumbers('майже 9 з 10 громад'))).toBe('майже 9⍽з⍽10⍽громад');
  });

  it('leaves text without digits, and words around numbers, as they are', () => {
    expect(glueNumbers('Показати таблицю — з даними')).toBe('Показати таблицю — з даними');
    expect(show(glueNumbers('у 2020 році, розділ 5'))).toBe('у 2020⍽році, розділ 5');
  });
});
