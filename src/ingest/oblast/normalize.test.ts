import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OblastUnit } from '../../contract/types.ts';
import { FORMS } from '../../../tests/support/oblast-forms.ts';
import { buildKeyMap, createOblastMatcher, SUGGESTION_LIMIT, type OblastMatch } from './normalize.ts';
import { placeKey } from './place-key.ts';
import { loadJson } from '../../contract/load.ts';
import { RegistrySchema } from '../../contract/registry.ts';

const units = loadJson(join(process.cwd(), 'data', 'oblasts.json'), RegistrySchema).units;
const matcher = createOblastMatcher(units);
const resolve = (raw: string) => matcher.resolve(raw);
const found = (r: OblastMatch) => (r.ok ? `${r.unit.iso} ${r.via}` : `${r.kind} ${r.candidates.map((u) => u.iso)}`);

// The two-digit number KATOTTH, P-codes and KOATUU give each unit, written out here
// (not read from the registry); five differ from the ISO number.
const NUMBERS: Record<string, string> = {
  'UA-05': '05', 'UA-07': '07', 'UA-09': '44', 'UA-12': '12', 'UA-14': '14', 'UA-18': '18', 'UA-21': '21',
  'UA-23': '23', 'UA-26': '26', 'UA-30': '80', 'UA-32': '32', 'UA-35': '35', 'UA-40': '85', 'UA-43': '01',
  'UA-46': '46', 'UA-48': '48', 'UA-51': '51', 'UA-53': '53', 'UA-56': '56', 'UA-59': '59', 'UA-61': '61',
  'UA-63': '63', 'UA-65': '65', 'UA-68': '68', 'UA-71': '71', 'UA-74': '74', 'UA-77': '73',
}; // prettier-ignore

describe('every unit in every form', () => {
  it('covers all 27 units with at least 10 forms each', () => {
    expect(FORMS.map(([iso]) => iso).sort()).toEqual(units.map((u) => u.iso).sort());
    for (const [iso, names, centres, koatuuName] of FORMS) {
      expect([...names, ...centres, koatuuName].length, iso).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(FORMS)('%s: names in uk, ru, en and every romanisation', (iso, names) => {
    for (const name of names) expect(found(resolve(name)), name).toBe(`${iso} name`);
    // Upper case, padded, and decomposed Unicode (ї = і + U+0308, й = и + U+0306) change nothing.
    for (const name of names) {
      expect(found(resolve(`  ${name.toUpperCase()} `)), name).toBe(`${iso} name`);
      expect(found(resolve(name.normalize('NFD'))), name).toBe(`${iso} name`);
    }
  });

  it.each(FORMS.filter(([, , centres]) => centres.length > 0))(
    '%s: the administrative centre, with a notice',
    (iso, _names, centres) => {
      for (const centre of centres) {
        const r = resolve(centre);
        expect(found(r), centre).toBe(`${iso} centre`);
        expect(r.ok && r.notice?.uk).toContain(`«${centre}» — адміністративний центр`);
        expect(r.ok && r.notice?.en).toContain(`"${centre}" is an administrative centre`);
      }
    },
  );

  it.each(FORMS)('%s: the KOATUU name form %#', (iso, _names, _centres, koatuuName) => {
    expect(found(resolve(koatuuName))).toBe(`${iso} name`);
  });

  it.each(Object.entries(NUMBERS))('%s: every code (number %s)', (iso, n) => {
    const codes: [string, string][] = [
      [iso, 'iso'],
      [iso.toLowerCase(), 'iso'],
      [`UA${n}`, 'pcode'],
      [`UA${n}02`, 'pcode'],
      [`UA${n}02003`, 'pcode'],
      [`UA${n}02003001`, 'pcode'],
      [`UA${n}020010010033125`, 'katotth'],
      [`UA${n}000000000000000`, 'katotth'],
      [`${n}00000000`, 'koatuu'],
      [`${n}10100000`, 'koatuu'],
    ];
    // A spreadsheet drops the leading zero of Crimea's, Vinnytsia's and Volyn's KOATUU codes.
    if (n.startsWith('0')) codes.push([`${n.slice(1)}00000000`, 'koatuu-9'], [`${n.slice(1)}10100000`, 'koatuu-9']);
    for (const [code, scheme] of codes) {
      const r = resolve(code);
      expect(r.ok && [r.unit.iso, r.via, r.scheme], code).toEqual([iso, 'code', scheme]);
    }
  });

  it('reads the codes the issue found misread as the units they are', () => {
    const cases = { UA80: 'UA-30', UA01: 'UA-43', UA85: 'UA-40', UA73: 'UA-77', UA44: 'UA-09', Kropyvnytskyi: 'UA-35' };
    for (const [value, iso] of Object.entries(cases)) expect(matcher.match(value), value).toBe(iso);
  });

  it('keeps Kyiv and Sevastopol units of their own, not the centres of their oblasts', () => {
    for (const v of ['Київ', 'Kyiv', 'Kiev', 'Киев', 'м. Київ']) expect(found(resolve(v)), v).toBe('UA-30 name');
    for (const v of ['Севастополь', 'Sevastopol']) expect(found(resolve(v)), v).toBe('UA-40 name');
    expect(found(resolve('Kyiv Oblast'))).toBe('UA-32 name');
  });

  it('reads every registry spelling as its own unit', () => {
    for (const u of units) {
      for (const name of [u.name_uk, u.name_en, u.name_ru, u.short_uk, u.short_ru, u.translit, ...u.aliases]) {
        expect(matcher.match(name), name).toBe(u.iso);
      }
    }
  });
});

describe('codes are read only as codes', () => {
  it.each(['UA-80', 'UA09', 'UA99', '32', 'UA-3', 'UA321', '9900000000', '461010000', '12345', '5E+08'])(
    '%s: "no oblast has the code", never a name guess',
    (value) => {
      const r = resolve(value);
      expect(r).toMatchObject({ ok: false, kind: 'unknown-code', candidates: [] });
      expect(!r.ok && r.message.uk).toContain(`жодна область не має коду «${value}»`);
      expect(!r.ok && r.message.en).toContain(`no oblast has the code "${value}"`);
    },
  );
});

describe('the KOATUU name form', () => {
  it('needs the part after "/" to be the same unit or its centre', () => {
    expect(found(resolve('Київська область/Kyiv Oblast'))).toBe('UA-32 name');
    const r = resolve('ЛЬВІВСЬКА ОБЛАСТЬ/М.ОДЕСА');
    expect(found(r)).toBe('slash-mismatch UA-46');
    expect(!r.ok && r.message.uk).toContain('«М.ОДЕСА»');
  });
});

describe('the transliteration-insensitive key', () => {
  it('gives one key to one name in every script and romanisation', () => {
    const same = [
      ['Львівська', "L'vivs'ka", 'Lvivska', 'Lwiwska', 'Львiвська'],
      ['Кіровоград', 'Kirovohrad', 'Kirovograd', 'Кировоград'],
      ['Житомир', 'Zhytomyr', 'Zhitomir', 'Žytomyr'],
      ['Хмельницький', 'Khmelnytskyi', 'Khmelnitsky', 'Khmelnitskiy', "Khmel'nyts'kyj"],
      ['Київ', 'Kyiv', 'Kyïv', 'Kyjiv', 'Київ'.normalize('NFD')],
    ];
    for (const names of same) expect(new Set(names.map(placeKey)), names.join(', ')).toHaveLength(1);
  });

  it('needs no aliases for other romanisations and Russian-based exonyms', () => {
    const bare = createOblastMatcher(units.map((u) => ({ ...u, aliases: [] })));
    const exonyms = {
      Vinnitsa: 'UA-05', Vinnytsya: 'UA-05', Lugansk: 'UA-09', Zhitomir: 'UA-18', Zakarpattya: 'UA-21',
      Zaporizhia: 'UA-23', 'Ivano-Frankovsk': 'UA-26', Kiev: 'UA-30', 'Kievskaya oblast': 'UA-32', Kirovograd: 'UA-35',
      'Kirovogradskaya oblast': 'UA-35', Krym: 'UA-43', Lvov: 'UA-46', Lwow: 'UA-46', Nikolaev: 'UA-48',
      Mykolayiv: 'UA-48', Odessa: 'UA-51', Rovno: 'UA-56', Ternopol: 'UA-61', Kharkov: 'UA-63',
      Khmelnitsky: 'UA-68', Khmelnytskyy: 'UA-68', Cherkassy: 'UA-71', Chernigov: 'UA-74', Chernovtsy: 'UA-77',
    }; // prettier-ignore
    for (const [name, iso] of Object.entries(exonyms)) expect(bare.match(name), name).toBe(iso);
  });

  it('never gives two of the 27 units one key', () => {
    const map = buildKeyMap(units);
    const owners = new Map<string, Set<string>>();
    for (const [key, entry] of map) owners.set(key, (owners.get(key) ?? new Set()).add(entry.unit.iso));
    expect([...owners.values()].every((s) => s.size === 1)).toBe(true);
    // Each unit has its own keys, and every one of the 27 has some.
    expect(new Set([...map.values()].map((e) => e.unit.iso)).size).toBe(27);
  });

  it('would catch a spelling that collides only after transliteration', () => {
    const volyn = units.find((u) => u.iso === 'UA-07')!;
    const clash: OblastUnit[] = units.map((u) => (u === volyn ? { ...u, aliases: [...u.aliases, 'Lwiw'] } : u));
    expect(() => buildKeyMap(clash)).toThrow(/names both UA-07 and UA-46/);
  });
});

describe('suggestions you can follow', () => {
  // One realistic typo per unit; each must suggest exactly that unit.
  const TYPOS: [string, string][] = [
    ['Вінмицька область', 'UA-05'], ['Валинська область', 'UA-07'], ['Лунганська область', 'UA-09'],
    ['Дніпропертовська область', 'UA-12'], ['Донеуька область', 'UA-14'], ['Жтомирська область', 'UA-18'],
    ['Закапратська область', 'UA-21'], ['Запорізбка область', 'UA-23'], ['Івано-Франквська область', 'UA-26'],
    ['місто Кмїв', 'UA-30'], ['Кивїська область', 'UA-32'], ['Кіровоградьска облась', 'UA-35'],
    ['Севастопль', 'UA-40'], ['Автономна Республіка Крм', 'UA-43'], ['Львівька область', 'UA-46'],
    ['Миколаївсьа область', 'UA-48'], ['Одемська область', 'UA-51'], ['Полтавсьа область', 'UA-53'],
    ['Рівнеська область', 'UA-56'], ['Сусмька область', 'UA-59'], ['Тернопіська область', 'UA-61'],
    ['Хараківська область', 'UA-63'], ['Херсоська область', 'UA-65'], ['Хмельнинька область', 'UA-68'],
    ['Черкаксська область', 'UA-71'], ['Чернігвська область', 'UA-74'], ['Чернівцька область', 'UA-77'],
  ]; // prettier-ignore

  it('never points a one-letter slip in any unit’s name at another unit', () => {
    let exact = 0;
    let total = 0;
    for (const u of units) {
      const m = createOblastMatcher(units); // a fresh matcher: no suggestion budget spent
      for (const name of [u.name_uk, u.name_en]) {
        for (let i = 0; i < name.length; i++) {
          const slip = name.slice(0, i) + name.slice(i + 1);
          const r = m.resolve(slip);
          total++;
          if (r.ok) expect(r.unit.iso, slip).toBe(u.iso);
          else if (r.candidates.length > 0)
            expect(
              r.candidates.map((c) => c.iso),
              slip,
            ).toContain(u.iso);
          if (!r.ok && r.candidates.length === 1) exact++;
        }
      }
    }
    // Most slips get exactly their unit; the rest are accepted as they are or get a short list.
    expect(exact / total).toBeGreaterThan(0.5);
  });

  it('has a typo for each of the 27 units', () => {
    expect(TYPOS.map(([, iso]) => iso).sort()).toEqual(units.map((u) => u.iso).sort());
  });

  it.each(TYPOS)('%s → only %s', (typo, iso) => {
    const r = resolve(typo);
    expect(found(r)).toBe(`unknown-name ${iso}`);
    const unit = units.find((u) => u.iso === iso)!;
    expect(!r.ok && r.message.uk).toBe(`«${typo}» не є назвою жодної з 27 областей; можливо, «${unit.name_uk}»?`);
  });

  it('names two or three candidates when none is clearly closest', () => {
    const two = resolve('Чернівська');
    expect(found(two)).toBe('unknown-name UA-74,UA-77');
    expect(!two.ok && two.message.uk).toBe(
      '«Чернівська» не є назвою жодної з 27 областей; схоже на кілька: «Чернігівська область» чи «Чернівецька область» — уточніть',
    );
    expect(!two.ok && two.message.en).toContain('it is as close to "Chernihiv Oblast" and "Chernivtsi Oblast"');
    expect(found(resolve('Черніїська область'))).toBe('unknown-name UA-71,UA-74,UA-77');
    // Four or more equally near: no list at all.
    expect(found(resolve('Черновська'))).toBe('unknown-name ');
  });

  it('suggests nothing for text that is no unit at all', () => {
    for (const v of ['Narnia', 'Москва', 'n/a', '-']) expect(found(resolve(v)), v).toMatch(/^unknown-name $|^slash/);
  });

  it('says a required cell is empty', () => {
    expect(found(resolve('   '))).toBe('empty ');
  });
});

describe('bounded work for any value', () => {
  it.each([16_000, 1_000_000])('answers a %i-character cell at once, without one edit distance', (n) => {
    const m = createOblastMatcher(units);
    const r = m.resolve(`${'Київська область '.repeat(n).slice(0, n - 1)}!`);
    expect(r).toMatchObject({ ok: false, kind: 'too-long', candidates: [] });
    expect(!r.ok && r.message.uk).toContain(`значення завдовжки ${n.toLocaleString('uk-UA')} символів`);
    expect(m.stats.distanceComputations).toBe(0);
  });

  it('compares a bad name with each known spelling at most once, and remembers the answer', () => {
    const m = createOblastMatcher(units);
    const spellings = buildKeyMap(units).size;
    for (const v of ['Кивська обл Сумськ', 'x'.repeat(60), 'Херсоська область']) {
      const before = m.stats.distanceComputations;
      m.resolve(v);
      expect(m.stats.distanceComputations - before).toBeLessThanOrEqual(spellings);
      m.resolve(v);
    }
    const total = m.stats.distanceComputations;
    m.resolve('Херсоська область');
    expect(m.stats.distanceComputations).toBe(total);
  });

  it(`stops searching for suggestions after ${SUGGESTION_LIMIT} different unknown names in one file`, () => {
    const m = createOblastMatcher(units);
    for (let i = 0; i < SUGGESTION_LIMIT + 5; i++) m.resolve(`Громада ${i}`);
    expect(m.stats.suggestionsSearched).toBe(SUGGESTION_LIMIT);
    const r = m.resolve('Херсоська область');
    expect(found(r)).toBe('unknown-name ');
    expect(!r.ok && r.message.uk).toContain(`у файлі вже понад ${SUGGESTION_LIMIT} різних невідомих значень`);
  });
});
