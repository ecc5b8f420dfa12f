// What the data team reads about an oblast cell, in Ukrainian and English. The value
// is quoted as written in the file (before any normalisation).
import type { Localized, OblastUnit } from '../../contract/types.ts';

const EXAMPLES_UK = '«Київська область», «Kyiv Oblast», «м. Київ», UA-32 або КОАТУУ 3200000000';
const EXAMPLES_EN = '"Київська область", "Kyiv Oblast", "м. Київ", UA-32 or KOATUU 3200000000';
const FORMS_UK =
  'ISO 3166-2 (UA-32), КАТОТТГ (UA32…, 19 знаків), P-код HDX (UA32, UA3202, UA3202001) або КОАТУУ (3200000000)';
const FORMS_EN =
  'ISO 3166-2 (UA-32), KATOTTH (UA32…, 19 characters), an HDX P-code (UA32, UA3202, UA3202001) or KOATUU (3200000000)';

export function emptyMessage(): Localized {
  return {
    uk: 'потрібна одна з 27 областей (обов’язкове поле)',
    en: 'expected one of the 27 oblast-level units (required)',
  };
}

export function unknownCodeMessage(value: string): Localized {
  return {
    uk: `жодна область не має коду «${value}»; коди області: ${FORMS_UK}`,
    en: `no oblast has the code "${value}"; oblast codes are ${FORMS_EN}`,
  };
}

export function tooLongMessage(length: number): Localized {
  return {
    uk: `значення завдовжки ${length.toLocaleString('uk-UA')} символів — довше за будь-яку назву чи код області; очікуємо, наприклад, ${EXAMPLES_UK}`,
    en: `a value ${length.toLocaleString('en-GB')} characters long — longer than any oblast name or code; expected e.g. ${EXAMPLES_EN}`,
  };
}

/**
 * `candidates`: one → "did you mean"; two or three → "one of"; none → examples.
 * `limit`: set when suggestions were not searched because the file already had that many unknown names.
 */
export function unknownNameMessage(value: string, candidates: OblastUnit[], limit: number | null = null): Localized {
  const uk = `«${value}» не є назвою жодної з 27 областей`;
  const en = `"${value}" names none of the 27 oblast-level units`;
  if (candidates.length === 1) {
    const [u] = candidates as [OblastUnit];
    return { uk: `${uk}; можливо, «${u.name_uk}»?`, en: `${en}; did you mean "${u.name_en}" (${u.name_uk})?` };
  }
  if (candidates.length > 1) {
    return {
      uk: `${uk}; схоже на кілька: ${list(
        candidates.map((u) => `«${u.name_uk}»`),
        'чи',
      )} — уточніть`,
      en: `${en}; it is as close to ${list(
        candidates.map((u) => `"${u.name_en}"`),
        'and',
      )} — please choose`,
    };
  }
  if (limit !== null) {
    return {
      uk: `${uk} (схожих назв не шукали: у файлі вже понад ${limit} різних невідомих значень — чи це справді колонка області?)`,
      en: `${en} (no similar names searched: the file already has over ${limit} different unknown values — is this really the oblast column?)`,
    };
  }
  return { uk: `${uk}; очікуємо, наприклад, ${EXAMPLES_UK}`, en: `${en}; expected e.g. ${EXAMPLES_EN}` };
}

/** The KOATUU name form "ОБЛАСТЬ/М.ЦЕНТР" whose second part is not the first part's centre. */
export function slashMismatchMessage(value: string, unit: OblastUnit, after: string): Localized {
  return {
    uk: `у «${value}» частина до «/» — «${unit.name_uk}», а «${after}» після неї не є ні цією областю, ні її центром; залиште одну назву`,
    en: `in "${value}" the part before "/" is "${unit.name_en}", but "${after}" after it is neither that unit nor its centre; keep one name`,
  };
}

export function centreNotice(value: string, unit: OblastUnit): Localized {
  return {
    uk: `«${value}» — адміністративний центр; зараховано до «${unit.name_uk}» (далі для цього значення не повторюємо)`,
    en: `"${value}" is an administrative centre; counted in "${unit.name_en}" (not repeated for later rows with this value)`,
  };
}

function list(items: string[], and: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
