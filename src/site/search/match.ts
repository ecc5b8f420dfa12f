// "Find your community": how a typed query meets a community's name, shared by the page's
// script and its tests. Keys come from src/text/text-key.ts (case, spacing, dots, hyphens,
// apostrophe variants, Latin look-alikes), with apostrophes then dropped altogether (people
// type «Знамянка» as often as «Знам’янка»); the name's Latin spelling (KMU No. 55) is
// matched too. Words like «громада» or "hromada" in a query are ignored, so a query
// matches with or without them.
import { textKey } from '../../text/text-key.ts';

/** Query words that name the kind of place, not the place. */
const GENERIC = new Set(['громада', 'гр', 'тг', 'отг', 'hromada', 'community', 'otg', 'tg']);

// Soft hyphens and word joiners: the site's typesetting puts them into long words and numbers
// (src/text/typeset-html.ts), and a reader may paste a name copied from a page.
const TYPESETTING = /[\u00ad\u2060]/g;

/** The comparison key of a name or query: textKey without apostrophes, soft hyphens and word joiners. */
function searchKey(text: string): string {
  return textKey(text.replace(TYPESETTING, '')).replace(/'/g, '');
}

/** The words of a query that must each begin a word of the name; [] for an empty or generic query. */
export function queryWords(query: string): string[] {
  return searchKey(query)
    .split(' ')
    .filter((w) => w !== '' && !GENERIC.has(w));
}

/** One community's words to match against: those of its name and of its Latin spelling. */
export function entryWords(name: string, latin: string): string[] {
  return [...new Set(`${searchKey(name)} ${searchKey(latin)}`.split(' '))].filter((w) => w !== '');
}

/** Whether every query word begins some word of the entry (so "барська громада" finds "Барська міська громада"). */
export function matchesQuery(words: readonly string[], entry: readonly string[]): boolean {
  return words.length > 0 && words.every((q) => entry.some((w) => w.startsWith(q)));
}
