import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from './registry.ts';
import { buildKeyMap, createOblastMatcher } from './normalize.ts';

const units = loadRegistry(join(process.cwd(), 'data', 'oblasts.json'));
const matcher = createOblastMatcher(units);

describe('oblast matcher', () => {
  it.each([
    ['UA-32', 'UA-32'],
    ['ua-32', 'UA-32'],
    ['UA32020010010033125', 'UA-32'],
    ['UA44000000000000001', 'UA-09'],
    ['UA01000000000000001', 'UA-43'],
    ['Київська область', 'UA-32'],
    ['Київська', 'UA-32'],
    ['Київська обл.', 'UA-32'],
    ['київська обл', 'UA-32'],
    ['  КИЇВСЬКА   ОБЛАСТЬ ', 'UA-32'],
    ['Київщина', 'UA-32'],
    ['Kyivska', 'UA-32'],
    ['Kyiv Oblast', 'UA-32'],
    ['Kyiv region', 'UA-32'],
    ['Kyivska oblast', 'UA-32'],
    ['Kиївська', 'UA-32'], // Latin K typed in a Cyrillic word
    ['Київ', 'UA-30'],
    ['Kyiv', 'UA-30'],
    ['Kiev', 'UA-30'],
    ['м. Київ', 'UA-30'],
    ['м.Київ', 'UA-30'],
    ['місто Київ', 'UA-30'],
    ['Kyiv city', 'UA-30'],
    ['Севастополь', 'UA-40'],
    ['м. Севастополь', 'UA-40'],
    ['АР Крим', 'UA-43'],
    ['Автономна Республіка Крим', 'UA-43'],
    ['Крим', 'UA-43'],
    ['Івано Франківська обл.', 'UA-26'],
    ['Lviv Oblast', 'UA-46'],
    ['Lvivska oblast', 'UA-46'],
    ['Odessa region', 'UA-51'],
    ['Zaporizhzhia Oblast', 'UA-23'],
  ])('%j → %s', (raw, iso) => {
    expect(matcher.match(raw)).toBe(iso);
  });

  it('unifies apostrophe variants', () => {
    const withApostrophe = createOblastMatcher([{ ...units[0]!, aliases: ["Запоріжжя'тест"] }]);
    for (const a of ["'", '’', 'ʼ', '`']) expect(withApostrophe.match(`Запоріжжя${a}тест`)).toBe(units[0]!.iso);
  });

  it('accepts every registry name and generated suffix form of every unit', () => {
    for (const u of units) {
      for (const name of [u.iso, u.name_uk, u.name_en, u.short_uk, u.translit, ...u.aliases]) {
        expect(matcher.match(name), name).toBe(u.iso);
      }
      if (u.kind === 'oblast') {
        expect(matcher.match(`${u.short_uk} обл.`)).toBe(u.iso);
        expect(matcher.match(`${u.translit} Oblast`)).toBe(u.iso);
      }
    }
  });

  it('has no spelling claimed by two units', () => {
    expect(() => buildKeyMap(units)).not.toThrow();
    const clash = [{ ...units[0]!, aliases: ['Київ'] }, ...units.slice(1)];
    expect(() => buildKeyMap(clash)).toThrow(/names both/);
  });

  it('returns null for unknown text and suggests the closest unit', () => {
    expect(matcher.match('Киевская')).toBeNull();
    expect(matcher.suggest('Киевская')?.name_uk).toBe('Київська область');
    expect(matcher.suggest('Харьковская')?.iso).toBe('UA-63');
    expect(matcher.match('Narnia')).toBeNull();
    expect(matcher.suggest('Narnia')).toBeNull();
    expect(matcher.match('')).toBeNull();
  });
});
