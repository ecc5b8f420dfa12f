import { describe, expect, it } from 'vitest';
import { latinName } from '../profile/translit.ts';
import { entryWords, matchesQuery, queryWords } from './match.ts';

const names = ['Знам’янська міська громада', 'Барська міська громада', 'Згурівська селищна громада', 'Бар'];
const entries = names.map((n) => ({ n, words: entryWords(n, latinName(n)) }));
const find = (q: string) => entries.filter((e) => matchesQuery(queryWords(q), e.words)).map((e) => e.n);

describe('find your community', () => {
  it('finds a name typed with another apostrophe, or none', () => {
    for (const q of ["Знам'янська", 'Знамʼянська', 'знамянська', 'ЗНАМ`ЯНСЬКА МІСЬКА'])
      expect(find(q), q).toEqual([names[0]]);
  });

  it('finds a name pasted from a page, with its soft hyphens and word joiners', () => {
    expect(find('Зна\u00adм’ян\u00adська мі\u00adська')).toEqual([names[0]]);
    expect(find('Бар\u2060ська')).toEqual([names[1]]);
  });

  it('finds a name without «громада» or its type word, and ignores «громада» typed alone', () => {
    expect(find('Барська громада')).toEqual([names[1]]);
    expect(find('барська')).toEqual([names[1]]);
    expect(find('Барська ОТГ')).toEqual([names[1]]);
    expect(find('громада')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('finds a name typed in Latin letters (the official transliteration), whole or begun', () => {
    expect(find('Znamianska')).toEqual([names[0]]);
    expect(find('zghurivska hromada')).toEqual([names[2]]);
    expect(find('bar')).toEqual([names[1], names[3]]);
  });

  it('matches the beginnings of words only, and Latin look-alikes typed inside Cyrillic', () => {
    expect(find('арська')).toEqual([]);
    expect(find('Бaрська')).toEqual([names[1]]); // Latin a
  });
});
