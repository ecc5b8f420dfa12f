// The report's index of oblast profiles, decided before any markup: every one of the 27
// units, how many of its communities answered, and a link to its profile.
import type { Lang } from '../contract/types.ts';
import type { SiteData } from './data.ts';
import { t } from '../i18n/index.ts';
import { countNoun, formatValue } from '../text/format.ts';
import { byUnitName, unitName } from './present.ts';
import { communityCounts } from './communities.ts';
import { profileHref } from './profile-paths.ts';

export interface CommunityListItem {
  iso: string;
  name: string;
  href: string;
  /** "12 громад" */
  countText: string;
}

/** Every unit of the registry, alphabetical in `lang`, with its answer count and profile link. */
export function communityList(data: SiteData, lang: Lang): CommunityListItem[] {
  const counts = communityCounts(data.communities);
  return [...data.registry].sort(byUnitName(lang)).map((u) => {
    const n = counts.get(u.iso) ?? 0;
    return {
      iso: u.iso,
      name: unitName(u, lang),
      href: profileHref(u.iso, lang),
      countText: `${formatValue(n, 'integer', lang)} ${countNoun(n, t(lang).site.communityForms, lang)}`,
    };
  });
}
