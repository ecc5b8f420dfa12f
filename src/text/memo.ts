// Exports repeat a small set of spellings endlessly (answer codes, oblast names): a reading
// of each distinct cell text is worked out once. This is what keeps the 100,000-row ingest
// within 4× the floor printed by `npm run bench -- ingest`.

/** how many distinct texts a memo keeps: a column of free text must not exhaust memory */
const LIMIT = 50_000;

/**
 * `read`, remembering its result for each distinct text (up to 50,000 of them; later
 * texts are read every time). `read` must be pure.
 */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined && !seen.has(text)) {
      v = read(text);
      if (seen.size < LIMIT) seen.set(text, v);
    }
    return v as T;
  };
}
