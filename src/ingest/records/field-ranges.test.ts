import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Codebook, Field } from '../../contract/types.ts';
import { checkFieldRanges } from './field-ranges.ts';

const field = (over: Partial<Field>): Field => ({
  id: 'population',
  type: 'integer',
  required: false,
  label: { uk: 'Населення', en: 'Population' },
  ...over,
});

describe('checkFieldRanges', () => {
  it('accepts the project codebook: population 0 … 3 500 000 (a little above Kyiv city)', () => {
    const codebook = JSON.parse(readFileSync('data/codebook.json', 'utf8')) as Codebook;
    expect(() => checkFieldRanges(codebook.fields)).not.toThrow();
    expect(codebook.fields.find((f) => f.id === 'population')).toMatchObject({ min: 0, max: 3_500_000 });
  });

  it.each<[Partial<Field>]>([
    [{ max: undefined }],
    [{ min: 5, max: 1 }],
    [{ max: 2 ** 53 }],
    [{ min: 0.5, max: 10 }],
    [{ type: 'latitude' as const, min: 44, max: Infinity }],
  ])('rejects a numeric field without a plausible range: %j', (over) => {
    const base: Partial<Field> = { min: 0, max: 10 };
    expect(() => checkFieldRanges([field({ ...base, ...over })])).toThrow(/field "population" must declare/);
  });
});
