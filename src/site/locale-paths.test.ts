import { describe, expect, it } from 'vitest';
import { localePaths, withLocales } from './locale-paths.ts';

describe('localePaths (static paths of a [...lang] route)', () => {
  it('gives no segment for Ukrainian, the default locale, and "en" for English', () => {
    expect(localePaths()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
  });

  it('repeats every entry of a route with more params once per locale', () => {
    expect(withLocales([{ params: { id: 'map-a' } }, { params: { id: 'bar-b' } }])).toEqual([
      { params: { id: 'map-a', lang: undefined } },
      { params: { id: 'bar-b', lang: undefined } },
      { params: { id: 'map-a', lang: 'en' } },
      { params: { id: 'bar-b', lang: 'en' } },
    ]);
  });
});
