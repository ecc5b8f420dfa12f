// The spellings we accept for one unit: its names and aliases from the registry,
// plus suffix and prefix forms generated from them, so the registry need not
// list "Київська обл." and "Kyivska oblast" one by one.
import type { OblastUnit } from '../types.ts';

const LATIN = /^[a-z' .-]+$/i;
const UK_ADJECTIVE = /ська$|цька$|зька$/;
const UK_OBLAST_SUFFIXES = ['область', 'обл.', 'обл'];
const EN_OBLAST_SUFFIXES = ['oblast', 'region', 'obl.', 'obl', 'province'];

export function explicitNames(unit: OblastUnit): string[] {
  return [unit.iso, unit.name_uk, unit.name_en, unit.short_uk, unit.short_en, unit.translit, ...unit.aliases];
}

export function generatedNames(unit: OblastUnit): string[] {
  const bases = [unit.short_uk, unit.short_en, unit.translit, ...unit.aliases];
  const out: string[] = [];
  if (unit.kind === 'city') {
    for (const b of bases) {
      if (LATIN.test(b)) out.push(`${b} city`, `city of ${b}`);
      else out.push(`м. ${b}`, `місто ${b}`, `${b} місто`);
    }
    return out;
  }
  for (const b of bases) {
    if (LATIN.test(b)) for (const s of EN_OBLAST_SUFFIXES) out.push(`${b} ${s}`);
    else if (UK_ADJECTIVE.test(b)) for (const s of UK_OBLAST_SUFFIXES) out.push(`${b} ${s}`);
  }
  return out;
}
