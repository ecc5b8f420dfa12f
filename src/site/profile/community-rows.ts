// An oblast's participating communities as its profile lists them: name (in English also in
// Latin letters), type and population band from the published groups, and a stable anchor
// that "find your community" links to.
import type { Codebook, CommunityEntry, Lang } from '../../contract/types.ts';
import { t } from '../../i18n/index.ts';
import { latinName } from './translit.ts';

export interface CommunityRow {
  /** The name as the export spells it (Ukrainian). */
  name: string;
  /** In Latin letters on English pages, else null. */
  latin: string | null;
  typeText: string;
  sizeText: string;
  /** Element id on the profile: "h-barska-miska-hromada". */
  anchor: string;
}

/** "Барська міська громада" → "h-barska-miska-hromada": Latin, lower case, hyphens. */
export function communityAnchor(name: string): string {
  const slug = latinName(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `h-${slug || 'x'}`;
}

/**
 * One row per community of `iso` in the order of communities.json (Ukrainian collation);
 * repeated anchors get "-2", "-3" so every id on the page is unique.
 */
export function communityRows(
  communities: readonly CommunityEntry[],
  codebook: Codebook,
  iso: string,
  lang: Lang,
): CommunityRow[] {
  const s = t(lang).site.profile;
  const typeDef = codebook.breakdowns.find((d) => d.field === 'type');
  const sizeDef = codebook.breakdowns.find((d) => d.field === 'population');
  // What one community is («міська», «мала (до 10 000 жителів)»), else the group's short name.
  const label = (def: typeof typeDef, id: string | null | undefined) => {
    const g = def?.groups.find((x) => x.id === id);
    if (!g) return s.unknown;
    return (g.one ?? g.short)[lang];
  };
  const seen = new Map<string, number>();
  return communities
    .filter((c) => c.oblast === iso)
    .map((c) => {
      const base = communityAnchor(c.community);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        name: c.community,
        latin: lang === 'uk' ? null : latinName(c.community),
        typeText: label(typeDef, typeDef && c.groups[typeDef.id]),
        sizeText: label(sizeDef, sizeDef && c.groups[sizeDef.id]),
        anchor: n === 1 ? base : `${base}-${n}`,
      };
    });
}
