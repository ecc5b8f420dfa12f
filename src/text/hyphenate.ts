// Soft hyphens (U+00AD) in the long words of reader-visible text, so a narrow screen breaks
// «територіальних» as «територі-/альних», never «територіальни/х». Every browser honours
// U+00AD; CSS `hyphens: auto` depends on the browser having a Ukrainian dictionary, which
// headless Chromium on Linux, for one, does not. Patterns: TeX's Ukrainian and US English
// sets (Liang's algorithm) from the `hyphen` package; only these two are loaded.
//
// Only words are touched: URLs, e-mail addresses, file names, codes and numbers in the text
// are left exactly as they are. Callers decide which text is reader-visible: never apply this
// to attribute values, data files, search indexes or text inside downloadable graphics.
// CommonJS modules: Node gives them to ESM as a default export only.
import uk from 'hyphen/uk/index.js';
import en from 'hyphen/en-us/index.js';
import type { Lang } from '../contract/types.ts';

const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this many letters stay whole: they fit a phone's line and rarely matter. */
const MIN_HYPHENATED_LETTERS = 10;

const patterns: Record<Lang, (word: string, options: { minWordLength: number }) => string> = {
  uk: uk.hyphenateSync,
  en: en.hyphenateSync,
};

// A chunk of text between spaces that is an address, a path, a file or a code, not words:
// "https://…", "www.…", "name@host", "a/b", "national.json", "snake_case", "UA-46".
const NOT_WORDS = /[@/\\_]|:\/\/|\p{L}\.\p{L}|\p{L}\d|\d\p{L}/u;
// A word: letters (with combining marks), and apostrophes between letters («об'єднаних»).
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’ʼ]\p{L}[\p{L}\p{M}]*)*/gu;
// An HTML character reference is not a word («&shy;», «&#39;»).
const CHUNK = /&#?\w+;|[^\s&]+|&/g;

const LONG_WORD = new RegExp(`\\p{L}{${MIN_HYPHENATED_LETTERS}}`, 'u');

const cache: Record<Lang, Map<string, string>> = { uk: new Map(), en: new Map() };

/** One long word with its break points: at most one soft hyphen between two letters, none next to an apostrophe. */
function hyphenateWord(word: string, lang: Lang): string {
  const known = cache[lang].get(word);
  if (known !== undefined) return known;
  const marked = patterns[lang](word, { minWordLength: MIN_HYPHENATED_LETTERS })
    // Ukrainian never breaks at an apostrophe; TeX's patterns sometimes allow it («об'-єднаних»).
    .replace(/(['’ʼ])\u00ad|\u00ad(?=['’ʼ])/g, '$1');
  cache[lang].set(word, marked);
  return marked;
}

/**
 * `text` with soft hyphens (U+00AD) at the permitted break points of each word of at least
 * MIN_HYPHENATED_LETTERS letters, by the `lang` patterns: `hyphenate('територіальних', 'uk')`
 * → «те­ри­то­рі­аль­них». Text that already holds soft hyphens is returned unchanged (so
 * applying it twice changes nothing); chunks that look like URLs, e-mail addresses, file names
 * or codes keep their letters as they are. Works on plain text and on the text of HTML (it
 * skips character references), never on markup.
 */
export function hyphenate(text: string, lang: Lang): string {
  if (text.includes(SOFT_HYPHEN) || !LONG_WORD.test(text)) return text;
  return text.replace(CHUNK, (chunk) =>
    chunk.startsWith('&') || NOT_WORDS.test(chunk)
      ? chunk
      : chunk.replace(WORD, (word) => (word.length < MIN_HYPHENATED_LETTERS ? word : hyphenateWord(word, lang))),
  );
}
