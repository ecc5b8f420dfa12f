// Build-time glue: the graphic list with each graphic placed in the report section
// that shows it, read from the report's MDX. Only pages and endpoints import this
// (it needs astro:content); the logic is in graphics.ts.
import { getCollection } from 'astro:content';
import { publishedSite } from '../published.ts';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { withBase } from '../url.ts';
import type { Lang } from '../../contract/types.ts';
import { checkMdx } from '../content/check-mdx.ts';
import { embedGraphics, placements, type Graphic } from '../graphics.ts';

let cached: Graphic[] | undefined;

export async function siteGraphics(): Promise<Graphic[]> {
  if (cached) return cached;
  // Section anchors are shared by both languages; the Ukrainian text is the reference.
  const entries = await getCollection('uk');
  const report = entries.filter((e) => e.data.page === 'report').sort((a, b) => a.data.order - b.data.order);
  const { codebook } = publishedSite();
  // The same MDX walk as the content check finds the maps and charts each section shows.
  const shown = (e: (typeof report)[number]) =>
    checkMdx(e.body ?? '', e.filePath ?? e.id, codebook).graphics.map((g) => `${g.kind}-${g.subject}`);
  cached = embedGraphics(
    codebook,
    placements(report.map((e) => ({ section: e.data.section ?? e.id, graphics: shown(e) }))),
  );
  return cached;
}

export async function graphicPaths(): Promise<{ params: { id: string } }[]> {
  return (await siteGraphics()).map((g) => ({ params: { id: g.id } }));
}

/** Links (base included) to one graphic's pages and files. */
export const graphicUrls = (g: Pick<Graphic, 'id'>, lang: Lang) => {
  const page = getRelativeLocaleUrl(lang, `embed/${g.id}`);
  return {
    page,
    svg: `${page}graphic.svg`,
    png: `${page}graphic.png`,
    csv: withBase(`/embed/${g.id}/data.csv`),
    og: withBase(`/og/${g.id}-${lang}.png`),
  };
};

/** A link (base included) as an absolute URL on the configured site. */
export function absoluteUrl(href: string, site: URL | undefined): string {
  return new URL(href, site ?? 'http://localhost').href;
}

/** Link (base included) to the report section that shows the graphic. */
export function reportSectionHref(g: Graphic, lang: Lang): string {
  return `${getRelativeLocaleUrl(lang)}#${g.section}`;
}
