import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../contract/types.ts';

export type Entry = CollectionEntry<'uk'> | CollectionEntry<'en'>;

/**
 * MDX entries of one page in one language, in order. The content check
 * (src/integrations/content-check.ts) has already stopped the build, or replaced the
 * dev page, if any of them has a problem, so they are safe to render here.
 */
export async function pageEntries(lang: Lang, page: Entry['data']['page']): Promise<Entry[]> {
  const all: Entry[] = await getCollection(lang);
  return all.filter((e) => e.data.page === page).sort((a, b) => a.data.order - b.data.order);
}
