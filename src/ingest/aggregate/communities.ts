// communities.json: the responding communities, in the order the data page lists them.
import type { BreakdownDefinition, CommunityEntry, OblastUnit, SurveyRecord } from '../../contract/types.ts';
import { breakdownGroup } from '../records/breakdown.ts';

/**
 * Registry order, then community name in Ukrainian collation, then input order; each with
 * the group it falls in for every breakdown (its type, its population band).
 */
export function communityList(
  records: SurveyRecord[],
  units: OblastUnit[],
  defs: readonly BreakdownDefinition[],
): CommunityEntry[] {
  const order = new Map(units.map((u, i) => [u.iso, i]));
  // Collate each distinct name once, then sort plain numbers: oblast, name rank, row.
  const collator = new Intl.Collator('uk');
  const names = [...new Set(records.map((r) => r.community))].sort(collator.compare);
  const nameRank = new Map(names.map((n, i) => [n, i]));
  const n = records.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    keys[i] = (order.get(r.oblast)! * names.length + nameRank.get(r.community)!) * n + i;
  }
  keys.sort();
  const out: CommunityEntry[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const r = records[keys[k]! % n]!;
    out[k] = {
      respondent_id: r.respondent_id,
      community: r.community,
      oblast: r.oblast,
      population: r.population,
      lat: r.lat,
      lon: r.lon,
      groups: Object.fromEntries(defs.map((d) => [d.id, breakdownGroup(d, r)])),
    };
  }
  return out;
}
