// How many communities answered in each oblast (for the profile index and links).

/** How many communities answered in each oblast (ISO → count); oblasts without any are absent. */
export function communityCounts(communities: readonly { oblast: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of communities) out.set(c.oblast, (out.get(c.oblast) ?? 0) + 1);
  return out;
}
