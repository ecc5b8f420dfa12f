import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mapCode } from './codes.ts';

const registry = JSON.parse(readFileSync(new URL('../../../data/oblasts.json', import.meta.url), 'utf8')) as {
  units: { short_uk: string; short_en: string }[];
};

describe('mapCode', () => {
  it('gives every unit a distinct code of at most 8 characters, in both languages', () => {
    for (const key of ['short_uk', 'short_en'] as const) {
      const names = registry.units.map((u) => u[key]);
      const codes = names.map((n) => mapCode(n, names));
      expect(new Set(codes).size, key).toBe(names.length);
      for (const c of codes) expect([...c].length, c).toBeLessThanOrEqual(8);
    }
  });

  it('abbreviates the Ukrainian way', () => {
    const names = registry.units.map((u) => u.short_uk);
    expect(mapCode('Вінницька', names)).toBe('Він.');
    expect(mapCode('Чернігівська', names)).toBe('Черніг.');
    expect(mapCode('Чернівецька', names)).toBe('Чернів.');
    expect(mapCode('Івано-Франківська', names)).toBe('Ів.-Фр.');
    expect(mapCode('АР Крим', names)).toBe('АР Крим');
    const en = registry.units.map((u) => u.short_en);
    expect(mapCode('Kyiv Oblast', en)).toBe('Kyiv O.');
    expect(mapCode('Chernihiv', en)).toBe('Chernih.');
  });
});
