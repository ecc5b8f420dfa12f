// «і», «й» or «та» between two words in Ukrainian, by the euphony rule of the Ukrainian
// orthography (Український правопис 2019, § 23): «й» after a vowel, «і» after a consonant
// and always before «й, є, ї, ю, я, і»; English always "and". «або» / "or" for alternatives.
import type { Lang } from '../contract/types.ts';

const UK_VOWEL = /[аеєиіїоуюя]$/iu;
/** Before these «й» would clash («й Японія»), so «і» stays. */
const UK_I_BEFORE = /^[йєїюяі]/iu;

/** The «and» that fits between `before` and `after` in `lang`. */
export function andWord(before: string, after: string, lang: Lang): string {
  if (lang !== 'uk') return 'and';
  // a share in brackets after the word is not read before the conjunction
  const last = before
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .trim()
    .replace(/[»")\]’']+$/u, '');
  const first = after.trim().replace(/^[«"([]+/u, '');
  if (UK_I_BEFORE.test(first)) return 'і';
  return UK_VOWEL.test(last) ? 'й' : 'і';
}

/** "A", "A і B", "A, B й C": the last two joined by the «and» their sounds call for. */
export function joinAnd(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1]!;
  const before = head[head.length - 1]!;
  return `${head.join(', ')} ${andWord(before, last, lang)} ${last}`;
}

/** "A", "A або B", "A, B або C" ("or" in English): alternatives, of which one is given. */
export function joinOr(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'uk' ? 'або' : 'or'} ${items[items.length - 1]!}`;
}
