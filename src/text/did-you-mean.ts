// "Did you mean …?" for every kind of value a person types: oblast names, column headers,
// answer options, component names and attributes in the editors' MDX. One threshold for all
// of them, so a typo that gets a suggestion in one place gets one everywhere.
import { boundedEditDistance } from './distance.ts';
import { textKey } from './text-key.ts';

/**
 * The most edits a misspelling of a `length`-letter word may hold and still be called a
 * typo of it: about one edit in three letters, at least 1 and at most 4 (length 1–4 → 1,
 * 5–8 → 2, 9–11 → 3, 12 and longer → 4). Further than that it is another word; and above
 * four edits, long names would start to "resemble" each other (Чернігівська область and
 * Чернівецька область are three edits apart). `length` is that of the typed value's key.
 */
export function typoLimit(length: number): number {
  return Math.min(4, Math.max(1, Math.round(length * 0.3)));
}

/** One way to write a candidate: its comparison key and what to suggest for it. */
export interface Spelling<T> {
  key: string;
  value: T;
}

/** A candidate near a typed key: what to suggest and how many edits away it is. */
export interface NearMatch<T> {
  value: T;
  distance: number;
}

/**
 * Candidates whose key is at most `limit` edits from `key` (boundedEditDistance: insert,
 * delete, substitute, swap), each value once at its smallest distance, closest first; on
 * equal distance in the order first listed. `spellings` may list several keys per value
 * (a unit's names, a field's label and aliases). Costs at most one bounded distance per
 * spelling, none for spellings whose length alone is too far off.
 */
export function nearMatches<T>(
  key: string,
  spellings: Iterable<Spelling<T>>,
  limit: number = typoLimit(key.length),
): NearMatch<T>[] {
  const best = new Map<T, number>();
  for (const s of spellings) {
    if (Math.abs(s.key.length - key.length) > limit) continue;
    const d = boundedEditDistance(key, s.key, limit);
    if (d <= limit && d < (best.get(s.value) ?? Infinity)) best.set(s.value, d);
  }
  // Map keeps first-listed order; a stable sort keeps it among equals.
  return [...best].map(([value, distance]) => ({ value, distance })).sort((a, b) => a.distance - b.distance);
}

/**
 * The one candidate `value` most likely meant, or null when none is within typoLimit:
 * values and candidates are compared by `key` (textKey by default: case, spacing,
 * punctuation, apostrophes and Latin look-alikes don't count), so the same spelling in
 * another case is distance 0. Of several equally near, the first listed.
 * `didYouMean('BarChrt', ['KeyFigure', 'BarChart'])` → 'BarChart'.
 */
export function didYouMean(
  value: string,
  candidates: readonly string[],
  key: (s: string) => string = textKey,
): string | null {
  const spellings = candidates.map((c) => ({ key: key(c), value: c }));
  return nearMatches(key(value), spellings)[0]?.value ?? null;
}
