// Repeated notices of one kind (100 000 unknown columns) are summarised: the first few as
// they are, then one line with how many more there were. Errors are never summarised —
// the data team needs every one to fix the file.
import type { Problem } from '../contract/types.ts';

/** A notice's kind: its code and wording (values and rows differ between occurrences). */
const kindOf = (p: Problem): string => `${p.code}\u0000${p.message.en}`;
import { groupDigits } from '../text/display.ts';
import { localized } from '../i18n/index.ts';

/**
 * `problems` with each kind of notice (same code and message) cut to its first `keep` occurrences,
 * followed by one notice counting the rest. Order is otherwise kept.
 */
export function summariseNotices(problems: Problem[], keep = 10): Problem[] {
  const total = new Map<string, number>();
  for (const p of problems) if (p.severity === 'notice') total.set(kindOf(p), (total.get(kindOf(p)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    if (p.severity !== 'notice') {
      out.push(p);
      continue;
    }
    const all = total.get(kindOf(p))!;
    const n = (seen.get(kindOf(p)) ?? 0) + 1;
    seen.set(kindOf(p), n);
    // One extra line to say "1 more" would be no shorter than the notice itself.
    if (all <= keep + 1 || n <= keep) out.push(p);
    if (all > keep + 1 && n === keep) {
      const more = groupDigits(all - keep);
      out.push({
        ...p,
        row: null,
        column: null,
        value: null,
        message: localized((c, lang) => c.ingest.moreNotices(more, groupDigits(all), p.message[lang])),
      });
    }
  }
  return out;
}
