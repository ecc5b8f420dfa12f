// The spellings that name one unit: its names and aliases from the registry in
// Ukrainian, English and Russian, plus the forms with the words data add around them
// ("… область", "обл.", "Oblast", "region"; "м.", "г.", "city"; "АР …"). Words are
// given once in any script: placeKey makes "область" and "oblast" one key.
import type { OblastUnit } from '../../contract/types.ts';

const OBLAST_WORDS = ['область', 'обл', 'region', 'province'];
const CITY_PREFIXES = ['м', 'місто', 'г', 'город', 'city of'];
const CITY_SUFFIXES = ['місто', 'м', 'г', 'city'];
const REPUBLIC_PREFIXES = ['АР', 'Автономна Республіка', 'Автономная Республика', 'Autonomous Republic of'];

/** The unit's names as written in the registry (uk, en, ru, transliteration, aliases); codes are read apart. */
export function registryNames(unit: OblastUnit): string[] {
  return [
    unit.name_uk,
    unit.name_en,
    unit.name_ru,
    unit.short_uk,
    unit.short_en,
    unit.short_ru,
    unit.translit,
    ...unit.aliases,
  ];
}

/**
 * The registry names plus the forms with the words data put around them. An oblast
 * is also its centre's name with an oblast word ("Kyiv region", "Київ. обл.", "Lviv
 * province"): that names the oblast, not the city.
 */
export function nameForms(unit: OblastUnit): string[] {
  const bases = [unit.short_uk, unit.short_en, unit.short_ru, unit.translit, ...unit.aliases];
  const out = registryNames(unit);
  if (unit.kind === 'city') for (const b of bases) out.push(...cityForms(b));
  else if (unit.kind === 'republic') for (const b of bases) out.push(...REPUBLIC_PREFIXES.map((p) => `${p} ${b}`));
  else {
    const centre = unit.centre ? [unit.centre.uk, unit.centre.en, unit.centre.ru] : [];
    for (const b of [...bases, ...centre]) out.push(...OBLAST_WORDS.map((w) => `${b} ${w}`));
  }
  return out;
}

/** The administrative centre in uk, en and ru, bare and as "м. …", "г. …", "… city". */
export function centreForms(unit: OblastUnit): string[] {
  const c = unit.centre;
  return c ? [c.uk, c.en, c.ru].flatMap((name) => [name, ...cityForms(name)]) : [];
}

function cityForms(name: string): string[] {
  return [...CITY_PREFIXES.map((p) => `${p} ${name}`), ...CITY_SUFFIXES.map((s) => `${name} ${s}`)];
}
