// A summary of labels joined by single spaces (KoboToolbox's select_multiple column in a
// download "with labels": «Розумний транспорт Освіта») cannot be split at every space.
// It is split only where every part is a known option; when two splits fit, neither is
// guessed.

/** up to this many readings are collected to name the candidates in a refusal */
const MAX_READINGS = 3;

export type SpaceSplit = { codes: string[] } | { ambiguous: string[][] } | null;

/**
 * Splits `text` at spaces into parts that each name an option (`find`: a spelling → its
 * code, or undefined). Returns the codes when exactly one split fits, the first few
 * readings (as the parts' texts) when several do, null when none does.
 */
export function splitAtSpaces(text: string, find: (spelling: string) => string | undefined): SpaceSplit {
  const words = text.trim().split(/\s+/);
  const n = words.length;
  // readings[i]: the splits of words[i..n), at most MAX_READINGS of them, as part ranges.
  const readings: [number, number][][][] = Array.from({ length: n + 1 }, () => []);
  readings[n] = [[]];
  for (let i = n - 1; i >= 0; i--)
    for (let j = i + 1; j <= n && readings[i]!.length < MAX_READINGS; j++) {
      if (readings[j]!.length === 0 || find(words.slice(i, j).join(' ')) === undefined) continue;
      for (const rest of readings[j]!) {
        if (readings[i]!.length >= MAX_READINGS) break;
        readings[i]!.push([[i, j], ...rest]);
      }
    }
  const found = readings[0]!;
  const texts = (r: [number, number][]) => r.map(([i, j]) => words.slice(i, j).join(' '));
  if (found.length === 0) return null;
  if (found.length === 1) return { codes: texts(found[0]!).map((t) => find(t)!) };
  // Two splits naming the same options are one answer (e.g. a label that is also a code).
  const distinct = new Map(
    found.map((r) => [
      texts(r)
        .map((t) => find(t)!)
        .join('|'),
      r,
    ]),
  );
  if (distinct.size === 1) return { codes: texts(found[0]!).map((t) => find(t)!) };
  return { ambiguous: [...distinct.values()].map(texts) };
}

export type OtherSplit = { codes: string[]; rest: string } | { ambiguous: string[][] } | null;

/**
 * For a question with an "Other, please specify" answer: `text` read as known options
 * followed by free text (a KoboToolbox summary «Освіта Дрони над містом» → education, with
 * «Дрони над містом» as the "Other" text). Every run of leading words that splits into
 * options alone (splitAtSpaces) is a reading, whatever the words after it; one reading is
 * taken, several are named for a refusal, none gives null
 * (the whole cell is then "Other" text).
 */
export function splitWithOtherRest(text: string, find: (spelling: string) => string | undefined): OtherSplit {
  const words = text.trim().split(/\s+/);
  const readings: { codes: string[]; parts: string[]; rest: string }[] = [];
  for (let k = 1; k < words.length && readings.length < MAX_READINGS; k++) {
    const rest = words.slice(k).join(' ');
    // Free text may itself open with an option's words («Туризм Освіта дорослих»: education and
    // «дорослих», or the text «Освіта дорослих»?): every such reading counts, and two refuse
    // the cell with both named — a guess would be a silent wrong count (issue #23).
    const head = splitAtSpaces(words.slice(0, k).join(' '), find);
    if (head === null) continue;
    if ('ambiguous' in head) return { ambiguous: head.ambiguous.map((parts) => [...parts, rest]) };
    readings.push({ codes: head.codes, parts: words.slice(0, k), rest });
  }
  if (readings.length === 0) return null;
  if (readings.length === 1) return { codes: readings[0]!.codes, rest: readings[0]!.rest };
  return { ambiguous: readings.map((r) => [r.parts.join(' '), r.rest]) };
}
