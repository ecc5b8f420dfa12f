// Our schemas' own messages (refinements, patterns) in both languages. Zod carries an
// issue's message as one string, so both texts travel in it, marked, and loadJson picks
// the one it is writing; zod's built-in messages come from its locales instead.

const MARK = '\u0001';
const SEP = '\u0002';

/** A schema message in Ukrainian and English, for `.refine(…, { message })`, `.regex(…, message)`. */
export function schemaMessage(uk: string, en: string): string {
  return `${MARK}${uk}${SEP}${en}`;
}

/** The text of an issue message in `lang`: ours picked by language, zod's as it is. */
export function messageIn(message: string, lang: 'uk' | 'en'): string {
  if (!message.startsWith(MARK)) return message;
  const [uk, en] = message.slice(1).split(SEP) as [string, string];
  return lang === 'uk' ? uk : en;
}
