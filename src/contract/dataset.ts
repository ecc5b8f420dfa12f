// Schema of data/dataset.json: which export the site is built from and what it is.
import { z } from 'astro/zod';
import { LocalizedSchema } from './codebook.ts';

/** What to do when a community submitted more than once (docs/data-format.md, "Повторні анкети"). */
const DuplicatePolicySchema = z
  .enum(['keep-latest', 'keep-first', 'refuse'])
  .describe(
    "a community that submitted more than once: keep-latest keeps the latest submission by the export's time column (refused when there is none), keep-first the earliest, refuse rejects them all",
  );
export type DuplicatePolicy = z.infer<typeof DuplicatePolicySchema>;

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  input: z.string().min(1).describe('the export, relative to the project root (.csv, .tsv, .txt, .xlsx or .ods)'),
  illustrative: z.boolean().describe('true while the data are generated for demonstration'),
  sheet: z.string().min(1).optional().describe('the .xlsx sheet to read (default: the first)'),
  duplicates: DuplicatePolicySchema.optional().describe('repeated submissions of one community (default keep-latest)'),
  title: LocalizedSchema,
  organisation: LocalizedSchema,
  source: LocalizedSchema,
  illustrative_notice: LocalizedSchema,
  year: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .describe("the survey's year (shown in footers and citations), not the build's"),
  presented: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional()
    .describe('the date the results were presented, YYYY-MM-DD'),
  period: LocalizedSchema.nullable().optional().describe('when the survey ran, in words'),
  contact: z
    .strictObject({
      name: LocalizedSchema,
      email: z.string().email().nullable().optional(),
      phone: z
        .string()
        .regex(/^\+?[\d\s()-]{6,20}$/, 'a phone number as readers dial it, e.g. "+380 44 123 45 67"')
        .nullable()
        .optional(),
      url: z.string().url().nullable().optional(),
    })
    .nullable()
    .optional()
    .describe(
      'whom readers and the press contact about the survey and the data; the build warns while email, phone and url are all empty',
    ),
  licence: z
    .strictObject({ name: LocalizedSchema, url: z.string().url().nullable().optional() })
    .nullable()
    .optional()
    .describe(
      'the licence of the published data and graphics, shown in every footer, e.g. {"name": {"uk": "CC BY 4.0", "en": "CC BY 4.0"}, "url": "https://creativecommons.org/licenses/by/4.0/"}',
    ),
});
