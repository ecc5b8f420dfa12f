import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './lib/content/frontmatter.ts';

// One collection per language; editors work in content/uk and content/en.
// CONTENT_DIR lets tests build from a temporary copy of the content.
const contentDir = process.env.CONTENT_DIR ?? './content';
const uk = defineCollection({
  loader: glob({ base: `${contentDir}/uk`, pattern: '**/*.mdx' }),
  schema: frontmatterSchema,
});
const en = defineCollection({
  loader: glob({ base: `${contentDir}/en`, pattern: '**/*.mdx' }),
  schema: frontmatterSchema,
});

export const collections = { uk, en };
