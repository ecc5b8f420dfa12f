// Text from an export, made safe and short for a terminal line: control, format and other
// invisible characters are shown as escapes (ESC as \u001b), and long values are cut with
// their full length noted, so a cell can neither clear the screen nor flood it.

/** Characters a terminal may act on or that cannot be seen: C0/C1 controls and DEL, format
 *  characters (bidi controls, zero-width, soft hyphen, BOM, tags), line/paragraph separators,
 *  private use, lone surrogates and other default-ignorable code points. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
const UNSEEN_OR_BACKSLASH = /[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** `\u001b` for one character (astral ones as `\u{e0001}`). */
export function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const cp = ch.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/**
 * Escapes every unseen character. With `backslash` (for values) a literal backslash becomes
 * `\\` too, so `\u001b` typed into a cell and a real ESC read differently; messages that
 * already hold escaped values are escaped without it.
 */
export function escapeText(s: string, backslash = true): string {
  return s.replace(backslash ? UNSEEN_OR_BACKSLASH : UNSEEN, escapeChar);
}

/** Number of characters (code points), as a reader counts them. */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHigh(s.charCodeAt(i - 1))) n++;
  }
  return n;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** `5 000 000` — digits grouped by plain spaces. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** The first `max` UTF-16 units of s, not splitting a surrogate pair; null when s is short enough. */
function cut(s: string, max: number): string | null {
  if (s.length <= max) return null;
  const end = isHigh(s.charCodeAt(max - 1)) ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * A value quoted for a problem line: `«Київ»` (uk), `"Київ"` (en, or no language given);
 * escaped; and past `max` characters cut, with the full length after it:
 * `"aaaa…" (5 000 000 characters)`, in both languages when none is given.
 */
export function displayValue(s: string, max = 80, lang?: 'uk' | 'en'): string {
  const [open, close] = lang === 'uk' ? ['«', '»'] : ['"', '"'];
  const head = cut(s, max);
  if (head === null) return `${open}${escapeText(s)}${close}`;
  return `${open}${escapeText(head)}…${close} (${lengthNote(s, lang)})`;
}

/**
 * A column header quoted for a problem line: like displayValue, but a long one is cut in the
 * middle, keeping its end — where a tool writes the option («… пріоритетними? / Велодоріжки»,
 * `group/question/option`), the part that tells one column from the next.
 */
export function displayHeader(s: string, max = 60, lang?: 'uk' | 'en'): string {
  const head = cut(s, Math.ceil(max * 0.5));
  if (head === null || s.length <= max) return displayValue(s, max, lang);
  const [open, close] = lang === 'uk' ? ['«', '»'] : ['"', '"'];
  let from = s.length - Math.floor(max * 0.5);
  if (isLow(s.charCodeAt(from))) from++;
  return `${open}${escapeText(head)}…${escapeText(s.slice(from))}${close} (${lengthNote(s, lang)})`;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function lengthNote(s: string, lang?: 'uk' | 'en'): string {
  const n = groupDigits(charCount(s));
  return lang === 'uk' ? `${n} символів` : lang === 'en' ? `${n} characters` : `${n} символів / characters`;
}

/** A file path quoted for a message: escaped like a value, cut only when absurdly long. */
export function displayPath(path: string): string {
  return displayValue(path, 400);
}

/** A whole message line: unseen characters escaped (not backslashes), and cut past `max` with its length noted. */
export function displayLine(s: string, max = 400, lang?: 'uk' | 'en'): string {
  const head = cut(s, max);
  if (head === null) return escapeText(s, false);
  return `${escapeText(head, false)}… (${lengthNote(s, lang)})`;
}

/** A message of several lines (our own multi-line reasons): each line shown as displayLine shows it. */
export function displayLines(s: string): string {
  return s
    .split('\n')
    .map((line) => displayLine(line))
    .join('\n');
}

/**
 * JSON text with unseen characters written as \uXXXX escapes (JSON.stringify leaves C1
 * controls, bidi controls and the like raw). Outside strings JSON holds none of them, so
 * the result is the same JSON value.
 */
export function jsonSafe(json: string): string {
  // Tab and line breaks are left: JSON.stringify escapes them inside strings, and outside
  // strings (indentation) they must stay raw.
  return json.replace(UNSEEN, (ch) => {
    if (ch === '\n' || ch === '\r' || ch === '\t') return ch;
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
