// Phone-size map labels: at 375 px a full name would have to be 5 px to fit, so small
// maps show short codes in a readable size instead ("Він.", "Черніг.", "Kharkiv" → "Khark.").

/**
 * The shortest prefix of `name` (at least `min` letters) that no other name in `all`
 * shares, followed by "."; the name itself when it is no longer than min + 1 letters.
 * Hyphenated names abbreviate each part ("Івано-Франківська" → "Ів.-Фр."), as Ukrainian
 * abbreviations do. Pure; `all` are the other units' names in the same language.
 */
export function mapCode(name: string, all: readonly string[], min = 3): string {
  if (name.includes('-'))
    return name
      .split('-')
      .map((part) => `${part.slice(0, 2)}.`)
      .join('-');
  if ([...name].length <= min + 1 || (name.includes(' ') && [...name].length <= 8)) return name;
  if (name.includes(' ')) {
    const [first, ...rest] = name.split(' ');
    return `${first} ${rest.map((w) => `${w[0]}.`).join(' ')}`;
  }
  const others = all.filter((n) => n !== name);
  for (let len = min; len < name.length; len++) {
    const prefix = name.slice(0, len);
    // A prefix ending in a soft sign or apostrophe reads badly: take one letter more.
    if (/[ьʼ']$/u.test(prefix)) continue;
    if (!others.some((o) => o.startsWith(prefix))) return `${prefix}.`;
  }
  return name;
}
