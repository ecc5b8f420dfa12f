// Schema of data/dataset.json: which export the site is built from and what it is.
import { z } from 'astro/zod';
import { LocalizedSchema } from './codebook.ts';

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  input: z.string().min(1).describe('the export, relative to the project root (.csv, .tsv, .txt or .xlsx)'),
  illustrative: z.boolean().describe('true while the data are generated for demonstration'),
  sheet: z.string().min(1).optional().describe('the .xlsx sheet to read (default: the first)'),
  title: LocalizedSchema,
  organisation: LocalizedSchema,
  source: LocalizedSchema,
  illustrative_notice: LocalizedSchema,
  year: z.number().int().min(2000).max(2100),
});
