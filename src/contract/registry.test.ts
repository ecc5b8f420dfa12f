import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, checkJson, loadJson } from './load.ts';
import { RegistrySchema } from './registry.ts';

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
});
