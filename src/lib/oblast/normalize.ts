// Raw "oblast" cell → ISO 3166-2 code of one of the 27 oblast-level units.
import type { OblastUnit } from '../types.ts';
import { editDistance } from './distance.ts';
import { textKey } from './text-key.ts';
import { explicitNames, generatedNames } from './variants.ts';

export interface OblastMatcher {
  /** ISO code, or null when the text names no unit we know. */
  match(raw: string): string | null;
  /** Closest unit by edit distance, for "did you mean" hints; null when nothing is close. */
  suggest(raw: string): OblastUnit | null;
}

const KATOTTH_CODE = /^UA\d{17}$/i;
const MEMO_LIMIT = 10_000;

export function createOblastMatcher(units: OblastUnit[]): OblastMatcher {
  const byKey = buildKeyMap(units);
  const byKatotth = new Map(units.map((u) => [u.katotth.toUpperCase(), u.iso]));
  const byIso = new Map(units.map((u) => [u.iso, u]));
  const memo = new Map<string, string | null>();

  function lookup(raw: string): string | null {
    const trimmed = raw.trim();
    if (KATOTTH_CODE.test(trimmed)) return byKatotth.get(trimmed.slice(0, 4).toUpperCase()) ?? null;
    return byKey.get(textKey(trimmed)) ?? null;
  }

  return {
    match(raw) {
      // Exports repeat the same few spellings thousands of times.
      const hit = memo.get(raw);
      if (hit !== undefined) return hit;
      const iso = lookup(raw);
      if (memo.size < MEMO_LIMIT) memo.set(raw, iso);
      return iso;
    },
    suggest(raw) {
      const key = textKey(raw);
      if (key.length === 0) return null;
      let best: string | null = null;
      let bestDistance = Infinity;
      for (const [candidate, iso] of byKey) {
        const d = editDistance(key, candidate);
        if (d < bestDistance) [best, bestDistance] = [iso, d];
      }
      const tolerance = Math.max(2, Math.floor(key.length * 0.4));
      return best !== null && bestDistance <= tolerance ? (byIso.get(best) ?? null) : null;
    },
  };
}

/** Every accepted spelling → ISO. Two units claiming one spelling is a registry bug, so it throws. */
export function buildKeyMap(units: OblastUnit[]): Map<string, string> {
  const map = new Map<string, string>();
  const explicit = new Set<string>();
  const claim = (name: string, iso: string, generated: boolean) => {
    const key = textKey(name);
    const owner = map.get(key);
    if (owner === undefined) map.set(key, iso);
    else if (owner !== iso && !(generated && explicit.has(key))) {
      throw new Error(`oblast registry: "${name}" names both ${owner} and ${iso}`);
    }
    if (!generated) explicit.add(key);
  };
  // Explicit names first, so a generated form never shadows a name someone wrote down.
  for (const u of units) for (const n of explicitNames(u)) claim(n, u.iso, false);
  for (const u of units) for (const n of generatedNames(u)) claim(n, u.iso, true);
  return map;
}
