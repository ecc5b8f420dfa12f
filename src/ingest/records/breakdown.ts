// Which group of a breakdown (codebook.breakdowns) a community falls in: its type
// (міська / селищна / сільська) or its population band. Pure: definition + record in, group id out.
import type { BreakdownDefinition, BreakdownGroupDefinition } from '../../contract/types.ts';
import { textKey } from '../../text/text-key.ts';

/** The part of a record a breakdown reads. */
export interface BreakdownSubject {
  community: string;
  type: string | null;
  population: number | null;
}

/** " word word " with single spaces, so whole words are found by `includes(" phrase ")`. */
function padded(text: string): string {
  return ` ${textKey(text)} `;
}

/** each group's words, padded once: byWords runs for every record of a 100,000-row export */
const paddedWords = new WeakMap<BreakdownGroupDefinition, string[]>();

function byWords(groups: readonly BreakdownGroupDefinition[], text: string): string | null {
  const haystack = padded(text);
  for (const g of groups) {
    let words = paddedWords.get(g);
    if (words === undefined) paddedWords.set(g, (words = (g.match ?? []).map(padded)));
    if (words.some((w) => haystack.includes(w))) return g.id;
  }
  return null;
}

function inRange(g: BreakdownGroupDefinition, x: number): boolean {
  return (g.min === undefined || x >= g.min) && (g.max === undefined || x <= g.max);
}

/**
 * The group id of one community, or null when it fits none: a population outside every
 * band or missing; a type cell or name without any group's words. A non-empty `type`
 * cell decides on its own (the name is read only when the cell is empty).
 */
export function breakdownGroup(def: BreakdownDefinition, subject: BreakdownSubject): string | null {
  if (def.field === 'population') {
    const p = subject.population;
    return p === null ? null : (def.groups.find((g) => inRange(g, p))?.id ?? null);
  }
  if (subject.type !== null && subject.type.trim() !== '') return byWords(def.groups, subject.type);
  return def.from_name ? byWords(def.groups, subject.community) : null;
}

/** What a `type` cell may say, for an error message: each group's first words. */
export function typeWordsExpected(defs: readonly BreakdownDefinition[]): string | null {
  const def = defs.find((d) => d.field === 'type');
  if (!def) return null;
  return def.groups.map((g) => `"${(g.match ?? [])[0] ?? g.id}"`).join(', ');
}
