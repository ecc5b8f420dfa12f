// The downloadable files of a graphic, shared by the uk and en endpoints.
import type { SiteData } from '../data.ts';
import type { Lang } from '../../contract/types.ts';
import { graphicCsv } from './csv.ts';
import { findGraphic } from '../graphics.ts';
import { composeOg } from './og.ts';
import { ogParts, standaloneParts } from './parts.ts';
import { cachedPng } from './png.ts';
import { absoluteUrl, reportSectionHref, siteGraphics } from './site-graphics.ts';
import { composeStandalone } from './standalone.ts';
import { configuredSite } from '../origin.ts';

export async function graphicSvg(id: string, lang: Lang, site: URL | undefined, data: SiteData): Promise<string> {
  const graphic = findGraphic(await siteGraphics(), id);
  // No address rather than a placeholder one: a file people pass on must not point nowhere.
  const known = configuredSite(site);
  const link = known ? absoluteUrl(reportSectionHref(graphic, lang), known) : undefined;
  return composeStandalone(standaloneParts(graphic, data, lang, link));
}

/** PNG at 2× the SVG's size, for print and social posts. */
export async function graphicPng(id: string, lang: Lang, site: URL | undefined, data: SiteData): Promise<Uint8Array> {
  return cachedPng(await graphicSvg(id, lang, site, data), 2);
}

export async function graphicCsvFile(id: string, data: SiteData): Promise<string> {
  return graphicCsv(findGraphic(await siteGraphics(), id), data);
}

/** 1200×630 social card: 'report-uk', 'report-en', or '<graphic id>-<lang>'. */
export async function ogPng(name: string, data: SiteData): Promise<Uint8Array> {
  const m = /^(.+)-(uk|en)$/.exec(name);
  if (!m) throw new Error(`bad Open Graph image name "${name}"`);
  const [, subject, lang] = m as unknown as [string, string, Lang];
  const graphic = subject === 'report' ? null : findGraphic(await siteGraphics(), subject);
  return cachedPng(composeOg(ogParts(graphic, data, lang)), 1);
}

export async function ogNames(): Promise<string[]> {
  const graphics = await siteGraphics();
  return ['uk', 'en'].flatMap((lang) => [`report-${lang}`, ...graphics.map((g) => `${g.id}-${lang}`)]);
}
