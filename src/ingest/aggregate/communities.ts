// communities.json: the responding communities, in the order the data page lists them.
import type { BreakdownDefinition, CommunityEntry, OblastUnit } from '../../contract/types.ts';
import { ukOrder } from '../../text/collation-key.ts';
import type { CodedRecords } from './coded.ts';

/**
 * Registry order, then community name in Ukrainian collation, then input order; each with
 * the group it falls in for every breakdown (its type, its population band).
 */
export function communityList(
  coded: CodedRecords,
  units: readonly OblastUnit[],
  defs: readonly BreakdownDefinition[],
): CommunityEntry[] {
  const { records, unit, groups } = coded;
  // Records by unit (registry order; a unit outside the registry last), each unit's
  // distinct names collated once.
  const byUnit: number[][] = Array.from({ length: units.length + 1 }, () => []);
  for (let i = 0; i < records.length; i++) byUnit[unit[i]! < 0 ? units.length : unit[i]!]!.push(i);
  const out: CommunityEntry[] = [];
  for (const members of byUnit) {
    const names = new Array<string>(members.length);
    for (let j = 0; j < members.length; j++) names[j] = records[members[j]!]!.community;
    for (const k of ukOrder(names)) {
      const i = members[k]!;
      const r = records[i]!;
      out.push({
        respondent_id: r.respondent_id,
        community: r.community,
        oblast: r.oblast,
        population: r.population,
        lat: r.lat,
        lon: r.lon,
        groups: groupsOf(defs, groups[i]!),
      });
    }
  }
  return out;
}

/** breakdown id → group id (null: none), built without intermediate arrays: one per community */
function groupsOf(defs: readonly BreakdownDefinition[], ids: (string | null)[]): Record<string, string | null> {
  const groups: Record<string, string | null> = {};
  for (let k = 0; k < defs.length; k++) groups[defs[k]!.id] = ids[k] ?? null;
  return groups;
}
