// A comparison key for place names that does not care which script or romanisation
// wrote them: "Львівська", "L'vivs'ka", "Lvivska" and "Lwiwska" share a key, as do
// "Кировоград" and "Kirovohrad". Cyrillic is transliterated one way, then every
// romanisation's spelling of a sound is folded onto one letter, soft signs and
// apostrophes are dropped and doubled letters are merged.
//
// Systems folded: Ukrainian national 2010 (Cabinet of Ministers resolution No. 55),
// scholarly and ISO 9 letters (ï, ž, č, š, ŝ, ʹ for ь), BGN/PCGN for Russian (zh, kh,
// ya, ye), Polish and German habits (w, j, sch). Where systems disagree on a letter the
// key keeps one letter for all of them: h and g for г and ґ; i, y and j for и, і, ї, й,
// ы. Not folded: "ch" and "h" for х (scholarly and ISO 9), because folding them with ч
// and г would make Харківська one edit closer to Чернівецька and blur suggestions.
// No two of the 27 units come to share a key (see normalize.test.ts). Russian and Ukrainian
// vowels that differ in the word itself (Харків / Харьков) are not folded: both
// names are in the registry.
import { cyrillicLookalikes } from '../../text/text-key.ts';

const APOSTROPHES = /['’ʼ`‘′´ʹʺ"″ьъ]/g;
const WORD = /[^\s.\-–—,/()]+/g;

// Capitals are placeholders for one sound however it is written: Z = ж, C = ч, S = ш/щ, X = х.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ё: 'io',
  ж: 'Z',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'X',
  ц: 'c',
  ч: 'C',
  ш: 'S',
  щ: 'S',
  ы: 'i',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};
const CYRILLIC_LETTER = /[а-яёєіїґ]/g;
// Romanised letters with marks that stand for a sound, not an accent.
const MARKED: Record<string, string> = { ž: 'Z', č: 'C', š: 'S', ŝ: 'S', â: 'ia', û: 'iu', ê: 'ie', ë: 'io' };
const MARKED_LETTER = /[žčšŝâûêë]/g;
// Longest first: shch before sh, kh before h.
const DIGRAPHS: [RegExp, string][] = [
  [/shch|sch|sč/g, 'S'],
  [/zh/g, 'Z'],
  [/kh|x/g, 'X'],
  [/ch/g, 'C'],
  [/sh/g, 'S'],
  [/ts|tz/g, 'c'],
  [/h/g, 'g'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
];
const COMBINING_MARKS = /\p{M}/gu;
const REPEATS = /(\p{L})\1+/gu;
const NON_LETTERS = /[^\p{L}\p{N}]+/gu;

/**
 * The transliteration-insensitive key of a place name: lower-case Latin letters and
 * single spaces, plus the placeholders Z (ж), C (ч), S (ш, щ) and X (х).
 * "Київська область", "Kyïvs'ka Oblast'" and "Kyivska oblast" → "kivska oblast".
 * Input is NFC-normalised first, so a decomposed "ї" (і + U+0308) counts as "ї".
 */
export function placeKey(raw: string): string {
  let s = raw.normalize('NFC').toLowerCase();
  // Look-alikes only inside words that have Cyrillic letters, so "м. Kyiv" keeps its Latin word.
  s = s.replace(WORD, cyrillicLookalikes);
  s = s.replace(APOSTROPHES, '');
  s = s.replace(CYRILLIC_LETTER, (ch) => CYRILLIC_TO_LATIN[ch]!);
  s = s.replace(MARKED_LETTER, (ch) => MARKED[ch]!);
  s = s.normalize('NFD').replace(COMBINING_MARKS, '');
  for (const [pattern, letter] of DIGRAPHS) s = s.replace(pattern, letter);
  return s.replace(REPEATS, '$1').replace(NON_LETTERS, ' ').trim();
}
