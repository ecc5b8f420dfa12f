import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, checkJson, loadJson } from './load.ts';
import { RegistrySchema, mapCodeProblem } from './registry.ts';

const path = join(process.cwd(), 'data', 'oblasts.json');
const registry = () => JSON.parse(readFileSync(path, 'utf8')) as { units: Record<string, unknown>[] };
const problem = (raw: unknown) => {
  try {
    checkJson('data/oblasts.json', raw, RegistrySchema);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).text;
  }
  throw new Error('expected a ConfigError');
};

describe('data/oblasts.json', () => {
  it('loads 27 units that match the schema', () => {
    expect(loadJson(path, RegistrySchema).units).toHaveLength(27);
  });

  it('documents the five units whose KATOTTH/P-code/KOATUU number differs from ISO', () => {
    const differ = loadJson(path, RegistrySchema)
      .units.filter((u) => u.katotth.slice(2) !== u.iso.slice(3))
      .map((u) => `${u.iso} ${u.katotth} ${u.koatuu}`);
    expect(differ).toEqual([
      'UA-09 UA44 4400000000',
      'UA-30 UA80 8000000000',
      'UA-40 UA85 8500000000',
      'UA-43 UA01 0100000000',
      'UA-77 UA73 7300000000',
    ]);
  });

  it('names the file and the path of a typo', () => {
    const r = registry();
    r.units[2]!.koatuu = '440000000';
    r.units[5]!.name_ukk = r.units[5]!.name_uk;
    const text = problem(r);
    expect(text.uk).toMatch(/^data\/oblasts\.json: файл не відповідає схемі/);
    expect(text.en).toContain('units[2].koatuu');
    expect(text.en).toContain('units[5]');
    expect(text.en).toContain('name_ukk');
  });

  it('catches codes that disagree or repeat', () => {
    const r = registry();
    r.units[0]!.pcode = 'UA06';
    r.units[1]!.iso = r.units[0]!.iso;
    const text = problem(r);
    expect(text.en).toContain('units[0].koatuu: katotth, pcode and koatuu must share the two-digit number');
    expect(text.en).toContain('units[1].iso: "UA-05" is also units[0].iso');
  });

  it('accepts communities_total and its source (issue #14)', () => {
    const r = registry() as { units: Record<string, unknown>[]; communities_total_source?: unknown };
    r.units[0]!.communities_total = 63;
    r.units[9]!.communities_total = null;
    r.communities_total_source = { uk: 'джерело', en: 'source' };
    expect(checkJson('data/oblasts.json', r, RegistrySchema).units).toHaveLength(27);
  });

  it('gives every unit a phone-map code, distinct and unambiguous in both languages', () => {
    const units = loadJson(path, RegistrySchema).units;
    for (const lang of ['uk', 'en'] as const) {
      const codes = units.map((u) => u.map_code[lang]);
      expect(new Set(codes).size, lang).toBe(27);
      const shorts = units.map((u) => u[`short_${lang}`]);
      for (const u of units) expect(mapCodeProblem(u.map_code[lang], u[`short_${lang}`], shorts)).toBeNull();
    }
    expect(units.find((u) => u.iso === 'UA-63')!.map_code).toEqual({ uk: 'Хар.', en: 'Khar.' });
  });

  it('derives every oblast code by one scheme: the shortest stem of 3+ letters, cut after a consonant, no other name has', () => {
    const vowel = /[аеєиіїоуюяьʼ'aeiouy]$/iu;
    const scheme = (name: string, all: string[]): string => {
      if (name.includes('-'))
        return name
          .split('-')
          .map(
            (part) => `${[...Array(part.length).keys()].map((n) => part.slice(0, n + 2)).find((s) => !vowel.test(s))}.`,
          )
          .join('-');
      if (name.length <= 6) return name;
      for (let n = 3; n < name.length; n++) {
        const stem = name.slice(0, n);
        if (!vowel.test(stem) && !all.some((o) => o !== name && o.startsWith(stem))) return `${stem}.`;
      }
      return name;
    };
    const all = loadJson(path, RegistrySchema).units;
    const units = all.filter((u) => u.kind === 'oblast');
    for (const lang of ['uk', 'en'] as const) {
      const shorts = all.map((u) => u[`short_${lang}`]);
      for (const u of units.filter((o) => !o[`short_${lang}`].includes(' ')))
        expect(u.map_code[lang], u[`short_${lang}`]).toBe(scheme(u[`short_${lang}`], shorts));
    }
  });

  it('rejects a phone-map code that is ambiguous, not a stem of the name, or cut after a vowel', () => {
    const all = ['Харківська', 'Херсонська', 'Хмельницька', 'Чернігівська', 'Чернівецька', 'Івано-Франківська'];
    expect(mapCodeProblem('Хар.', 'Харківська', all)).toBeNull();
    expect(mapCodeProblem('Ів.-Фр.', 'Івано-Франківська', all)).toBeNull();
    expect(mapCodeProblem('Черн.', 'Чернігівська', all)?.en).toBe('"Черн." could also be "Чернівецька"');
    expect(mapCodeProblem('Хе.', 'Херсонська', all)?.en).toMatch(/cut after a consonant/);
    expect(mapCodeProblem('Харк', 'Харківська', all)?.en).toMatch(/cut after a consonant/);
    expect(mapCodeProblem('Хрк.', 'Харківська', all)?.en).toMatch(/cut after a consonant/);
    const r = registry() as { units: { map_code: { uk: string } }[] };
    r.units[21]!.map_code.uk = 'Х.';
    expect(problem(r).en).toContain('units[21].map_code.uk');
    expect(problem(r).uk).toContain('units[21].map_code.uk: "Х." може означати й');
  });
});
