import { describe, expect, it } from 'vitest';
import { didYouMean, nearMatches, typoLimit } from './did-you-mean.ts';

describe('typoLimit: about one edit in three letters, 1 to 4', () => {
  it.each([
    [1, 1],
    [4, 1],
    [5, 2],
    [8, 2],
    [9, 3],
    [11, 3],
    [12, 4],
    [60, 4],
  ])('%i letters → %i edits', (length, edits) => expect(typoLimit(length)).toBe(edits));
});

describe('nearMatches', () => {
  const spellings = [
    { key: 'київська', value: 'UA-32' },
    { key: 'kyiv', value: 'UA-32' },
    { key: 'київ', value: 'UA-30' },
    { key: 'сумська', value: 'UA-59' },
  ];

  it('lists each value once at its smallest distance, closest first', () => {
    expect(nearMatches('кивїська', spellings)).toEqual([{ value: 'UA-32', distance: 1 }]); // a swap
    expect(nearMatches('київсь', spellings, 3)).toEqual([
      { value: 'UA-32', distance: 2 },
      { value: 'UA-30', distance: 2 },
    ]);
  });

  it('finds nothing beyond the limit', () => {
    expect(nearMatches('харківська', spellings)).toEqual([]);
    expect(nearMatches('сумська', spellings, 0)).toEqual([{ value: 'UA-59', distance: 0 }]);
  });
});

describe('didYouMean', () => {
  const components = ['KeyFigure', 'BarChart', 'ChoroplethMap'];

  it('names the candidate a typo most likely meant', () => {
    expect(didYouMean('BarChrt', components)).toBe('BarChart');
    expect(didYouMean('ChoroplethMapp', components)).toBe('ChoroplethMap');
  });

  it('ignores case, spacing and punctuation (textKey)', () => {
    expect(didYouMean('barchart', components)).toBe('BarChart');
    expect(didYouMean('key-figure', components)).toBe('KeyFigure');
  });

  it('suggests nothing for another word', () => {
    expect(didYouMean('Table', components)).toBeNull();
    expect(didYouMean('', components)).toBeNull();
  });

  it('takes the first listed of equally near candidates', () => {
    expect(didYouMean('cat', ['bat', 'hat'])).toBe('bat');
  });
});
