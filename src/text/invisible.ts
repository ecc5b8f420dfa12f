// Characters that must not reach readers inside names and other text from an export:
// they are invisible, can reorder what is shown (bidi controls), make two different names
// look the same (zero-width characters), or break the HTML they are put into (C1 controls).
// All of them are errors: a name cannot be published until it is retyped. (Removing them
// silently would publish a name that differs from what the respondent's file says.)
// C0 controls (ESC…) too, for text no other check sees (the export's file name); tab and line
// breaks are left to the validator, which also words C0 controls and U+FFFD in cells itself.
import type { Localized } from '../contract/types.ts';
import { escapeChar } from './display.ts';

/** C0 controls but tab and line breaks; C1 controls and DEL; format characters (bidi, zero-width, soft hyphen, BOM, tags);
 *  line/paragraph separators; private use; lone surrogates; other default-ignorables. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u180e]/u;

/** What kind of invisible character `ch` is, in words. */
function kind(ch: string): Localized {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return { uk: 'керівний символ', en: 'control character' };
  if (BIDI.test(ch)) return { uk: 'символ керування напрямком письма', en: 'bidirectional control' };
  if (ZERO_WIDTH.test(ch)) return { uk: 'символ нульової ширини', en: 'zero-width character' };
  if (cp === 0xad) return { uk: "м'який перенос", en: 'soft hyphen' };
  if (cp === 0x2028 || cp === 0x2029) return { uk: 'розділювач рядків', en: 'line separator' };
  if (/\p{Co}/u.test(ch)) return { uk: 'символ приватного вжитку', en: 'private-use character' };
  if (/\p{Cs}/u.test(ch))
    return { uk: 'пошкоджений символ (одинокий сурогат)', en: 'broken character (lone surrogate)' };
  return { uk: 'символ', en: 'character' };
}

/** The first invisible character in `s` and where it is, or null when there is none. */
export function findInvisible(s: string): { char: string; position: number } | null {
  const m = INVISIBLE.exec(s);
  if (m === null) return null;
  // position counted in characters (code points), from 1, as a reader counts
  return { char: m[0], position: [...s.slice(0, m.index)].length + 1 };
}

/** A reason naming the first invisible character in `s` (`U+202E … at position 5`), or null. */
export function invisibleProblem(s: string): Localized | null {
  const found = findInvisible(s);
  if (found === null) return null;
  const code = `U+${found.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const k = kind(found.char);
  return {
    uk: `містить невидимий ${k.uk} ${code} (${escapeChar(found.char)}) на позиції ${found.position} — наберіть текст заново`,
    en: `holds an invisible ${k.en} ${code} (${escapeChar(found.char)}) at position ${found.position} — retype the text`,
  };
}
