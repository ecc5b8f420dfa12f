import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../types.ts';
import { loadSiteData } from '../site/data.ts';
import { checkMdxComponents, formatMdxProblems } from './check-mdx.ts';

export type Entry = CollectionEntry<'uk'> | CollectionEntry<'en'>;

/**
 * MDX entries of one page in one language, in order, after checking that every
 * component and id they use exists — so an editor's typo fails the build with
 * the file, line and the valid ids instead of a stack trace from deep inside.
 */
export async function pageEntries(lang: Lang, page: Entry['data']['page']): Promise<Entry[]> {
  const all: Entry[] = await getCollection(lang);
  const entries = all.filter((e) => e.data.page === page).sort((a, b) => a.data.order - b.data.order);
  const { codebook } = loadSiteData();
  // Check the whole file, not the body, so line numbers match what the editor sees.
  const problems = entries.flatMap((e) => {
    const file = e.filePath ?? `content/${lang}/${e.id}.mdx`;
    return checkMdxComponents(readFileSync(file, 'utf8'), file, codebook);
  });
  if (problems.length > 0) throw new Error(`MDX content problems:\n${formatMdxProblems(problems)}`);
  return entries;
}
