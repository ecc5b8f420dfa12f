// Whom to ask, and on what terms the data are published: from data/dataset.json, for the
// About and press pages and every footer. While nobody is named to ask, the build says so.
import type { DatasetConfig, Lang } from '../contract/types.ts';
import { t } from '../i18n/index.ts';

export interface ContactView {
  name: string;
  email: string | null;
  /** as written, and as a tel: link without spaces */
  phone: { text: string; href: string } | null;
  url: { text: string; href: string } | null;
}

/** The dataset's contact in `lang`, or null when it names nobody. */
export function contactView(dataset: Pick<DatasetConfig, 'contact'>, lang: Lang): ContactView | null {
  const c = dataset.contact;
  if (!c) return null;
  return {
    name: c.name[lang],
    email: c.email ?? null,
    phone: c.phone ? { text: c.phone, href: `tel:${c.phone.replace(/[^\d+]/g, '')}` } : null,
    url: c.url ? { text: c.url.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: c.url } : null,
  };
}

/** True when a reader can reach someone: an e-mail, a phone or a web address is set. */
export function contactReachable(dataset: Pick<DatasetConfig, 'contact'>): boolean {
  const c = dataset.contact;
  return Boolean(c && (c.email || c.phone || c.url));
}

/** What the build warns about data/dataset.json, Ukrainian then English; empty when all is set. */
export function datasetWarnings(dataset: Pick<DatasetConfig, 'contact'>): string[] {
  const out: string[] = [];
  if (!contactReachable(dataset)) out.push(`${t('uk').site.contact.warnEmpty} / ${t('en').site.contact.warnEmpty}`);
  return out;
}
