import { z } from 'astro/zod';

/**
 * Frontmatter of every MDX file in content/uk and content/en.
 * `page` says where the text goes; report sections share their `section`
 * anchor across languages so the language switcher can keep the reader's place.
 */
/** Section anchors: lowercase Latin letters, digits and hyphens, e.g. "strategy". */
export const sectionPattern = /^[a-z][a-z0-9-]*$/;

export const frontmatterSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  page: z.enum(['report', 'methodology', 'data', 'about', 'press']),
  order: z.number().int().nonnegative(),
  section: z
    .string()
    .regex(sectionPattern, 'use lowercase latin letters, digits and hyphens, e.g. "strategy"')
    .optional(),
  /** Short label for the table of contents; defaults to the title. */
  nav: z.string().optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
