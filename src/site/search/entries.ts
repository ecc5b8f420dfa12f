// What "find your community" searches and the no-script page lists: every participating
// community with its Latin spelling and the address of its row on its oblast's profile.
import type { CommunityEntry, Lang, OblastUnit } from '../../contract/types.ts';
import { byUnitName, unitName } from '../present.ts';
import { profileHref } from '../profile-paths.ts';
import { communityRows } from '../profile/community-rows.ts';
import type { Codebook } from '../../contract/types.ts';
import { latinName } from '../profile/translit.ts';

/** One community in the search file: [name, Latin name, link to its row on the profile]. */
export type SearchEntry = [name: string, latin: string, href: string];

export interface FindGroup {
  name: string;
  href: string;
  communities: { name: string; latin: string; href: string }[];
}

/** Every participating community by oblast (alphabetical in `lang`), linking to its profile row. */
export function findGroups(
  communities: readonly CommunityEntry[],
  registry: readonly OblastUnit[],
  codebook: Codebook,
  lang: Lang,
): FindGroup[] {
  return [...registry].sort(byUnitName(lang)).flatMap((u) => {
    const href = profileHref(u.iso, lang);
    const rows = communityRows(communities, codebook, u.iso, lang);
    if (rows.length === 0) return [];
    return [
      {
        name: unitName(u, lang),
        href,
        communities: rows.map((r) => ({
          name: r.name,
          latin: r.latin ?? latinName(r.name),
          href: `${href}#${r.anchor}`,
        })),
      },
    ];
  });
}

/** The search file's entries in `lang`. */
export function searchEntries(groups: readonly FindGroup[]): SearchEntry[] {
  return groups.flatMap((g) => g.communities.map((c): SearchEntry => [c.name, c.latin, c.href]));
}
