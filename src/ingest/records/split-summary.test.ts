import { describe, expect, it } from 'vitest';
import { splitAtSpaces } from './split-summary.ts';

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
