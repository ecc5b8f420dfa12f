// The codebook's schema (data/codebook.json): the one source of its TypeScript types
// and of the published JSON Schema (data/schema/codebook.schema.json).
import { z } from 'astro/zod';
import { schemaMessage } from './schema-message.ts';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*$/,
    schemaMessage(
      'ідентифікатор малими латинськими літерами через «_», напр. "smart_strategy"',
      'an id in lower_snake_case, e.g. "smart_strategy"',
    ),
  );
export const LocalizedSchema = z.strictObject({ uk: z.string().min(1), en: z.string().min(1) });
const aliases = z
  .array(z.string().min(1))
  .optional()
  .describe('other spellings accepted for it (headers for fields and questions, answers for options)');

// "|" and ";" separate answers in a cell, so no spelling of an option may hold them.
const spelling = z
  .string()
  .min(1)
  .regex(
    /^[^|;]*$/,
    schemaMessage(
      'без «|» і «;» (вони розділяють відповіді в клітинці)',
      'no "|" or ";" (they separate answers in a cell)',
    ),
  );
const OptionSchema = z.strictObject({
  code: id,
  label: z.strictObject({ uk: spelling, en: spelling }),
  aliases: z.array(spelling).optional().describe('other spellings accepted for this answer'),
  phrase: z
    .strictObject({ uk: z.string().min(1), en: z.string().min(1) })
    .optional()
    .describe(
      'the answer inside its question\'s headline, in the case the headline needs, lower case: "фінансування" (чого?), "an adopted smart strategy"; verb forms that agree with the count in braces, one|few|many: "{має|мають|мають}"',
    ),
});

// Key order is the files' order: the site publishes the parsed codebook (/data/codebook.json).
const FieldSchema = z.strictObject({
  id,
  type: z.enum(['id', 'text', 'oblast', 'integer', 'latitude', 'longitude']),
  required: z.boolean(),
  $comment: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  max_length: z.number().int().min(1).optional().describe('text fields: the most characters a value may have'),
  label: LocalizedSchema,
  aliases,
  keywords: z
    .array(z.string().min(2))
    .optional()
    .describe('word stems that identify the column when its header matches no label or alias, e.g. "населен"'),
});

const QuestionSchema = z
  .strictObject({
    id,
    type: z.enum(['single', 'multi', 'boolean']),
    required: z.boolean(),
    min: z.number().int().min(1).optional(),
    label: LocalizedSchema,
    short: LocalizedSchema,
    finding: LocalizedSchema.optional().describe(
      'caption of the question\'s top-option finding, e.g. "найчастіше бракує" / "most often lacking"',
    ),
    headline: z
      .strictObject({
        one: LocalizedSchema,
        tie: LocalizedSchema,
        join: z
          .enum(['and', 'or'])
          .optional()
          .describe(
            'how {options} are joined in "tie": "and" (default; «і/й», "and") or "or" («або», "or") when a community gives only one of them',
          ),
      })
      .optional()
      .describe(
        'the chart title as a finding: "one" when one answer leads ({share} = "майже 9 з 10", {option} = its phrase), "tie" when the top answers cannot be told apart ({options} = their phrases with shares); verb forms in braces agree with the count, one|few|many',
      ),
    aliases,
    keywords: FieldSchema.shape.keywords,
    other: z
      .boolean()
      .optional()
      .describe('free text matching no option counts as the option "other"; the text goes to a private file'),
    options: z.array(OptionSchema).min(1).max(30),
  })
  .refine((q) => !q.other || q.options.some((o) => o.code === 'other'), {
    message: schemaMessage(
      'запитанню з "other": true потрібен варіант з кодом "other"',
      'a question with "other": true needs an option with code "other"',
    ),
    path: ['options'],
  });

const IndexComponentSchema = z.strictObject({
  id,
  question: id,
  weight: z.number().positive(),
  scores: z.record(z.string(), z.number()).optional(),
  count_full: z.number().int().positive().optional(),
  label: LocalizedSchema,
});

const MetricSchema = z.strictObject({
  id,
  kind: z
    .enum(['count', 'share', 'index', 'mode', 'coverage'])
    .describe("coverage: respondents ÷ the unit's communities_total (an exact ratio, not an estimate)"),
  question: id.optional(),
  codes: z.array(z.string()).optional(),
  format: z.enum(['integer', 'percent', 'score', 'category']),
  scheme: z.enum(['sequential', 'diverging', 'categorical']),
  label: LocalizedSchema,
});

const BreakdownGroupSchema = z
  .strictObject({
    id,
    label: LocalizedSchema,
    short: LocalizedSchema.describe('the group\'s name inside a sentence, lower case: "малі", "small"'),
    one: LocalizedSchema.optional().describe(
      'what one community of the group is, for lists of communities: "Міська", "City"; else `short`',
    ),
    match: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('words that put a community in the group, found in its `field` value or else its name'),
    min: z.number().optional().describe('lowest value in the group (inclusive)'),
    max: z.number().optional().describe('highest value in the group (inclusive)'),
  })
  .refine((g) => g.match !== undefined || g.min !== undefined || g.max !== undefined, {
    message: schemaMessage(
      'групі потрібні слова "match" або діапазон "min"/"max"',
      'a group needs "match" words or a "min"/"max" range',
    ),
  })
  .refine((g) => g.min === undefined || g.max === undefined || g.min <= g.max, {
    message: schemaMessage('"min" не може бути більшим за "max"', '"min" must not exceed "max"'),
    path: ['max'],
  });

const BreakdownSchema = z
  .strictObject({
    id,
    $comment: z.string().optional(),
    label: LocalizedSchema,
    field: z
      .enum(['type', 'population'])
      .describe('the record field the groups read: a text field matched by words, or a number in ranges'),
    from_name: z
      .boolean()
      .optional()
      .describe("when the field is empty, look for the match words in the community's name"),
    groups: z.array(BreakdownGroupSchema).min(1),
  })
  .refine((b) => b.field !== 'type' || b.groups.every((g) => g.match !== undefined), {
    message: schemaMessage(
      'групи розрізу "type" визначаються словами: кожній потрібне "match"',
      'groups of a "type" breakdown are matched by words: each needs "match"',
    ),
    path: ['groups'],
  })
  .refine((b) => b.field !== 'population' || b.groups.every((g) => g.match === undefined), {
    message: schemaMessage(
      'групи розрізу "population" — це діапазони: "min"/"max", а не "match"',
      'groups of a "population" breakdown are ranges: use "min"/"max", not "match"',
    ),
    path: ['groups'],
  });

export const CodebookSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  version: z.number().int(),
  fields: z.array(FieldSchema),
  questions: z.array(QuestionSchema),
  thresholds: z.strictObject({ min_respondents: z.number().int().min(1), confidence: z.number().gt(0).lt(1) }),
  breakdowns: z
    .array(BreakdownSchema)
    .default([])
    .describe('groups of communities every question is broken down by (community type, population class)'),
  index: z.strictObject({
    id,
    label: LocalizedSchema,
    explanation: LocalizedSchema,
    components: z.array(IndexComponentSchema),
  }),
  metrics: z.array(MetricSchema),
});
