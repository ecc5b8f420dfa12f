// Repeated notices of one kind (100 000 unknown columns) are summarised: the first few as
// they are, then one line with how many more there were. Errors are never summarised —
// the data team needs every one to fix the file.
import type { Problem } from '../types.ts';
import { groupDigits } from '../text/display.ts';

/**
 * `problems` with each kind of notice (same message) cut to its first `keep` occurrences,
 * followed by one notice counting the rest. Order is otherwise kept.
 */
export function summariseNotices(problems: Problem[], keep = 10): Problem[] {
  const total = new Map<string, number>();
  for (const p of problems) if (p.severity === 'notice') total.set(p.message, (total.get(p.message) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    if (p.severity !== 'notice') {
      out.push(p);
      continue;
    }
    const all = total.get(p.message)!;
    const n = (seen.get(p.message) ?? 0) + 1;
    seen.set(p.message, n);
    // One extra line to say "1 more" would be no shorter than the notice itself.
    if (all <= keep + 1 || n <= keep) out.push(p);
    if (all > keep + 1 && n === keep) {
      const more = groupDigits(all - keep);
      out.push({
        ...p,
        row: null,
        column: null,
        value: null,
        message: `ще таких самих повідомлень: ${more}, усього ${groupDigits(all)} / ${more} more notices of this kind, ${groupDigits(all)} in all: ${p.message}`,
      });
    }
  }
  return out;
}
