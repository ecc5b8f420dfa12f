// The participating communities, decided before any markup: the report's list of oblasts
// with their counts, and one page per oblast with every name as the export spells it.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { countNoun, formatValue } from '../text/format.ts';
import { communityPageHref } from './communities.ts';
import { communitiesByOblast } from './present.ts';

/** The language the community names are written in (the survey export's). */
export const NAMES_LANG: Lang = 'uk';

export interface CommunityListItem {
  iso: string;
  name: string;
  href: string;
  /** "12 громад" */
  countText: string;
}

/** The report's list: every oblast with participating communities, how many, and a link to its page. */
export function communityList(data: SiteData, lang: Lang): CommunityListItem[] {
  return communitiesByOblast(data.communities, data.registry, lang).map((g) => ({
    iso: g.iso,
    name: g.name,
    href: communityPageHref(g.iso, lang),
    countText: `${formatValue(g.communities.length, 'integer', lang)} ${countNoun(g.communities.length, t(lang).site.communityForms, lang)}`,
  }));
}

export interface CommunityPageView {
  title: string;
  /** the browser tab's title: within 70 characters with the site name after it */
  docTitle: string;
  description: string;
  lead: string;
  backLabel: string;
  names: string[];
}

/** One oblast's page of communities in `lang`; throws when the oblast has none. */
export function communityPage(data: SiteData, iso: string, lang: Lang): CommunityPageView {
  const group = communitiesByOblast(data.communities, data.registry, lang).find((g) => g.iso === iso);
  if (!group) throw new Error(`No communities for ${iso}`);
  const n = group.communities.length;
  const site = t(lang).site;
  const s = site.communityPage;
  return {
    title: `${site.communitiesTitle}: ${group.name}`,
    docTitle: s.docTitle(group.name),
    description: s.description(group.name, n),
    lead: `${formatValue(n, 'integer', lang)} ${countNoun(n, s.answeredForms, lang)}. ${s.namesNote}`,
    backLabel: site.communitiesTitle,
    names: group.communities,
  };
}
