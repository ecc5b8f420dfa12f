// defineCollection from its own module, not from `astro:content`: in `astro dev` this file
// is loaded in an environment of its own, and `astro:content` there would pull the whole
// content runtime (about 120 modules, ~1 s) that the pages then load again.
import { defineCollection } from 'astro/content/config';
import { glob, type Loader } from 'astro/loaders';
import { frontmatterSchema, type Frontmatter } from './site/content/frontmatter.ts';

// One collection per language; editors work in content/uk and content/en.
// CONTENT_DIR lets tests build from a temporary copy of the content.
const contentDir = process.env.CONTENT_DIR ?? './content';

// In `astro dev` an editor's mistake must neither stop the server nor leave a stale
// page: the content check (src/integrations/content-check.ts) shows an error page naming
// the file and line until it is fixed. So in dev an entry with bad fields gets a
// stand-in, and unreadable fields at start-up do not abort loading. A build never gets
// here with such mistakes: the same check stops it first.
const standIn: Frontmatter = { title: '—', description: '—', page: 'report', order: Number.MAX_SAFE_INTEGER };
const schema = import.meta.env.DEV ? frontmatterSchema.catch(standIn) : frontmatterSchema;

function texts(lang: 'uk' | 'en'): Loader {
  const loader = glob({ base: `${contentDir}/${lang}`, pattern: '**/*.mdx' });
  if (!import.meta.env.DEV) return loader;
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (err) {
        context.logger.warn(`content/${lang}: ${(err as Error).message} — деталі в браузері / details in the browser`);
      }
    },
  };
}

export const collections = {
  uk: defineCollection({ loader: texts('uk'), schema }),
  en: defineCollection({ loader: texts('en'), schema }),
};
