// The schema of data/oblasts.json, checked whenever the registry is loaded, so a typo
// in a code or a name stops the run with the file and the path of the mistake.
import { z } from 'astro/zod';
import { schemaMessage } from './schema-message.ts';

const text = z.string().trim().min(1);
const number = (digits: string) => z.string().regex(new RegExp(`^${digits}$`));

export const UnitSchema = z
  .strictObject({
    iso: number('UA-\\d{2}').describe('ISO 3166-2 code, e.g. "UA-32"'),
    katotth: number('UA\\d{2}').describe('"UA" + the two digits every KATOTTH code of the unit starts with'),
    pcode: number('UA\\d{2}').describe('OCHA/HDX admin-1 P-code; raion and hromada P-codes start with it'),
    koatuu: number('\\d{2}0{8}').describe(
      'the unit’s 10-digit KOATUU code; every KOATUU code in it starts with its two digits',
    ),
    kind: z.enum(['oblast', 'city', 'republic']),
    name_uk: text,
    name_en: text,
    short_uk: text,
    short_en: text,
    name_ru: text,
    short_ru: text,
    map_abbr_uk: text.optional(),
    map_abbr_en: text.optional(),
    map_code: z
      .strictObject({ uk: text, en: text })
      .describe(
        'label on phone-size maps: the short name when it is a single word of up to 6 letters, else its stem cut after a consonant + "." (each part of a hyphenated or two-word name: "Ів.-Фр.", "Kyiv Obl."); unambiguous: no other unit\'s short name has that stem',
      ),
    translit: text.describe('national 2010 romanisation of the Ukrainian short name'),
    centre: z
      .strictObject({ uk: text, en: text, ru: text })
      .optional()
      .describe('administrative centre; absent for Kyiv and Sevastopol, which are cities themselves'),
    aliases: z.array(text),
    communities_total: z.number().int().nonnegative().nullable().optional(),
  })
  .refine((u) => u.katotth === u.pcode && u.pcode === `UA${u.koatuu.slice(0, 2)}`, {
    message: schemaMessage(
      'katotth, pcode і koatuu мають спільне двоцифрове число (напр. UA44, UA44, 4400000000)',
      'katotth, pcode and koatuu must share the two-digit number (e.g. UA44, UA44, 4400000000)',
    ),
    path: ['koatuu'],
  })
  .refine((u) => (u.kind === 'city') === (u.centre === undefined), {
    message: schemaMessage(
      'кожна область і республіка мають центр; місто (Київ, Севастополь) — ні',
      'every oblast and the republic has a centre; a city (Kyiv, Sevastopol) has none',
    ),
    path: ['centre'],
  });

const PART = /[-\s]/u;
/** Letters a stem may not end on: vowels, the soft sign and apostrophes (abbreviations are cut after a consonant, ДСТУ 3582). */
const NOT_STEM_END = /[аеєиіїоуюяьʼ'aeiouy]$/iu;

/** Why `code` is not a valid phone-map code of the unit named `short` among `all` short names (Ukrainian, English), or null. */
export function mapCodeProblem(code: string, short: string, all: readonly string[]): { uk: string; en: string } | null {
  if (code === short) return null;
  const stems = code.split(PART).map((p) => p.replace(/\.$/u, ''));
  const parts = short.split(PART);
  const matches = (name: string) => {
    const ps = name.split(PART);
    return ps.length === stems.length && stems.every((s, i) => ps[i]!.startsWith(s));
  };
  if (
    !matches(short) ||
    stems.some((s, i) => s !== parts[i] && (!code.split(PART)[i]!.endsWith('.') || NOT_STEM_END.test(s)))
  )
    return {
      uk: `"${code}" — це не "${short}", обрізане після приголосної з крапкою (напр. "Черніг.", "Ів.-Фр.")`,
      en: `"${code}" is not "${short}" cut after a consonant with a "." (e.g. "Черніг.", "Ів.-Фр.")`,
    };
  const others = all.filter((n) => n !== short && matches(n));
  if (others.length === 0) return null;
  const list = others.map((n) => `"${n}"`).join(', ');
  return { uk: `"${code}" може означати й ${list}`, en: `"${code}" could also be ${list}` };
}

export const RegistrySchema = z
  .strictObject({
    $comment: z.string().optional(),
    communities_total_source: z.strictObject({ uk: text, en: text }).optional(),
    units: z
      .array(UnitSchema)
      .length(27, schemaMessage('очікували всі 27 одиниць рівня області', 'expected all 27 oblast-level units')),
  })
  .superRefine((registry, ctx) => {
    for (const lang of ['uk', 'en'] as const) {
      const shorts = registry.units.map((u) => u[`short_${lang}`]);
      registry.units.forEach((u, i) => {
        const problem = mapCodeProblem(u.map_code[lang], u[`short_${lang}`], shorts);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            message: schemaMessage(problem.uk, problem.en),
            path: ['units', i, 'map_code', lang],
          });
      });
    }
    for (const field of ['iso', 'katotth', 'pcode', 'koatuu'] as const) {
      const seen = new Map<string, number>();
      registry.units.forEach((u, i) => {
        const first = seen.get(u[field]);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            message: schemaMessage(
              `"${u[field]}" вже є в units[${first}].${field}`,
              `"${u[field]}" is also units[${first}].${field}`,
            ),
            path: ['units', i, field],
          });
        else seen.set(u[field], i);
      });
    }
  });
