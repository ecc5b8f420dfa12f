import type { DatasetConfig, Lang } from '../contract/types.ts';
import { t } from '../i18n/index.ts';

/** The full one-line notice, for places without markup (meta, JSON-LD, image captions). */
export function illustrativeText(dataset: DatasetConfig, lang: Lang): string {
  return `${t(lang).site.illustrativeTitle}: ${dataset.illustrative_notice[lang]}`;
}
