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
