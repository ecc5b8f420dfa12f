// communities.json: the responding communities, in the order the data page lists them.
import type { BreakdownDefinition, CommunityEntry, OblastUnit, SurveyRecord } from '../../contract/types.ts';
import { ukOrder } from '../../text/collation-key.ts';

/**
 * Registry order, then community name in Ukrainian collation, then input order; each with
 * the group it falls in for every breakdown (its type, its population band).
 */
export function communityList(
  records: SurveyRecord[],
  units: OblastUnit[],
  defs: readonly BreakdownDefinition[],
  /** per record, its group id in each of `defs` (null: none) */
  groupIds: (string | null)[][],
): CommunityEntry[] {
  const order = new Map(units.map((u, i) => [u.iso, i]));
  // Records by unit (registry order; a unit outside the registry last), each unit's
  // distinct names collated once.
  const byUnit: number[][] = Array.from({ length: units.length + 1 }, () => []);
  records.forEach((r, i) => byUnit[order.get(r.oblast) ?? units.length]!.push(i));
  const out: CommunityEntry[] = [];
  for (const group of byUnit) {
    for (const i of ukOrder(group.map((i) => records[i]!.community)).map((k) => group[k]!)) {
      const r = records[i]!;
      out.push({
        respondent_id: r.respondent_id,
        community: r.community,
        oblast: r.oblast,
        population: r.population,
        lat: r.lat,
        lon: r.lon,
        groups: groupsOf(defs, groupIds[i]!),
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
