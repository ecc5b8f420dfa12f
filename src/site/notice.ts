import type { DatasetConfig, Lang } from '../contract/types.ts';

const title = { uk: 'Ілюстративні дані', en: 'Illustrative data' };

/** The full one-line notice, for places without markup (meta, JSON-LD, image captions). */
export function illustrativeText(dataset: DatasetConfig, lang: Lang): string {
  return `${title[lang]}: ${dataset.illustrative_notice[lang]}`;
}
