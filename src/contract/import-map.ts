// Schema of the mapping file (data/import.json or --map FILE): overrides for exports
// whose columns detection cannot match.
import { z } from 'astro/zod';

export const ImportMapSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  shape: z
    .enum(['contract', 'google-forms', 'microsoft-forms', 'surveymonkey', 'kobo', 'limesurvey', 'generic'])
    .optional()
    .describe('force a shape instead of detecting it'),
  columns: z
    .record(
      z.string().min(1),
      z
        .string()
        .regex(
          /^(ignore|[a-z][a-z0-9_]*(\/[a-z][a-z0-9_]*)?)$/,
          'a field or question id, "question/option" for one column per option, "question/other" for its free text, or "ignore"',
        ),
    )
    .default({})
    .describe('header as written in the file → field or question id, "question/option", or "ignore"'),
});
