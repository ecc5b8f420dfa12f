// What the press page shows, decided before any markup: the key figures, the citation, and
// every graphic with its preview, embed code and download links. Build glue like
// site-graphics.ts (it reads the report's sections); the component only renders it.
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../../contract/types.ts';
import type { SiteData } from '../data.ts';
import { graphicText, type Graphic } from '../graphics.ts';
import { illustrativeText } from '../notice.ts';
import { PLACEHOLDER_SITE, configuredSite } from '../origin.ts';
import { withBase } from '../url.ts';
import { defaultHeight } from './height.ts';
import { standaloneParts } from './parts.ts';
import { absoluteUrl, graphicUrls, reportSectionHref, siteGraphics } from './site-graphics.ts';
import { iframeSnippet } from './snippet.ts';
import { composeStandalone } from './standalone.ts';

interface PressItem {
  graphic: Graphic;
  title: string;
  urls: ReturnType<typeof graphicUrls>;
  /** the <iframe> (and resizer) code to copy */
  snippet: string;
  /** link to the report section that shows the graphic */
  section: string;
  /** download file name without extension */
  file: string;
  /** what the downloads look like, drawn from the page's shared map geometry */
  preview: string;
}

export interface PressKitView {
  /** the national facts shown as cards */
  keyFigures: readonly string[];
  citation: string;
  /** built without SITE_URL: the placeholder origin a script replaces with the page's own (embed-copy.ts) */
  placeholder: string | undefined;
  groups: { kind: Graphic['kind']; items: PressItem[] }[];
}

const KEY_FIGURES = [
  'respondents',
  'oblasts_covered',
  'coverage',
  'strategy_adopted',
  'has_cdto',
  'need_funding',
  'leader',
] as const;

/** The press kit in `lang` for a build whose site address is `site` (Astro.site). */
export async function pressKitView(data: SiteData, lang: Lang, site: URL | undefined): Promise<PressKitView> {
  const { codebook, dataset } = data;
  const resizer = absoluteUrl(withBase('/embed/resize.js'), site);
  const items = (await siteGraphics()).map((g): PressItem => {
    const title = graphicText(g, data, lang).title;
    const urls = graphicUrls(g, lang);
    return {
      graphic: g,
      title,
      urls,
      snippet: iframeSnippet({ src: absoluteUrl(urls.page, site), title, height: defaultHeight(g, codebook), resizer }),
      section: reportSectionHref(g, lang),
      file: `smart-communities-${g.id}-${lang}`,
      preview: composeStandalone(standaloneParts(g, data, lang, undefined, { sharedGeometry: true }), undefined, true),
    };
  });
  const reportUrl = absoluteUrl(getRelativeLocaleUrl(lang), site);
  const citation = `${dataset.organisation[lang]}. ${dataset.title[lang]}. ${dataset.year}. ${reportUrl}`;
  return {
    keyFigures: KEY_FIGURES,
    citation: citation + (dataset.illustrative ? `\n(${illustrativeText(dataset, lang)})` : ''),
    placeholder: configuredSite(site) ? undefined : PLACEHOLDER_SITE,
    groups: (['map', 'ranking', 'bar'] as const).map((kind) => ({
      kind,
      items: items.filter((i) => i.graphic.kind === kind),
    })),
  };
}
