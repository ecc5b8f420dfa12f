import { describe, expect, it } from 'vitest';
import { splitAtSpaces, splitWithOtherRest } from './split-summary.ts';

// Spellings of a made-up question whose labels overlap at spaces.
const spellings = new Map([
  ['розумний транспорт', 'transport'],
  ['освіта', 'education'],
  ['енергоефективність', 'energy'],
  ['громадський', 'public'],
  ['транспорт', 'transit'],
  ['громадський транспорт', 'public_transport'],
]);
const find = (t: string) => spellings.get(t.toLowerCase());

describe('splitAtSpaces', () => {
  it('splits where every part is a known option', () => {
    expect(splitAtSpaces('Розумний транспорт Освіта', find)).toEqual({ codes: ['transport', 'education'] });
    expect(splitAtSpaces('Освіта  Енергоефективність', find)).toEqual({ codes: ['education', 'energy'] });
  });

  it('refuses to guess between two splits, naming both', () => {
    expect(splitAtSpaces('Громадський транспорт Освіта', find)).toEqual({
      ambiguous: [
        ['Громадський', 'транспорт', 'Освіта'],
        ['Громадський транспорт', 'Освіта'],
      ],
    });
  });

  it('gives null when a part is no option (the question then reads it as "Other" text or refuses it)', () => {
    expect(splitAtSpaces('Освіта велодоріжки', find)).toBeNull();
  });
});

describe('splitWithOtherRest (options, then "Other" text)', () => {
  it('reads leading options and keeps the rest as the free text', () => {
    expect(splitWithOtherRest('Освіта Дрони над містом', find)).toEqual({
      codes: ['education'],
      rest: 'Дрони над містом',
    });
  });

  it('names both readings when the text after the options may open with an option (second review)', () => {
    // transport + education + «велодоріжки», or transport + the text «Освіта велодоріжки»
    expect(splitWithOtherRest('Розумний транспорт Освіта велодоріжки', find)).toEqual({
      ambiguous: [
        ['Розумний транспорт', 'Освіта велодоріжки'],
        ['Розумний транспорт Освіта', 'велодоріжки'],
      ],
    });
    expect(splitWithOtherRest('Освіта Транспорт дронів', find)).toEqual({
      ambiguous: [
        ['Освіта', 'Транспорт дронів'],
        ['Освіта Транспорт', 'дронів'],
      ],
    });
  });

  it('names the readings when the options before the text split two ways', () => {
    expect(splitWithOtherRest('Громадський транспорт дрони', find)).toEqual({
      ambiguous: [
        ['Громадський', 'транспорт', 'дрони'],
        ['Громадський транспорт', 'дрони'],
      ],
    });
  });

  it('gives null when the cell does not open with an option', () => {
    expect(splitWithOtherRest('Дрони над містом', find)).toBeNull();
  });
});
