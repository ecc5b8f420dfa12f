// "Did you mean …?" for a required column the export lacks: the header the data team
// probably meant, by the one rule of text/did-you-mean.ts.
import type { CompiledCodebook } from '../records/codebook.ts';
import { nearMatches } from '../../text/did-you-mean.ts';
import { headerKey } from './header-key.ts';

/** The header closest to a missing column's names, for "did you mean …?". */
export function closestHeader(id: string, cb: CompiledCodebook, headers: string[]): string | null {
  const f = cb.fields.find((x) => x.id === id);
  const q = cb.question.get(id)?.question;
  const names = (
    f
      ? [f.id, f.label.uk, f.label.en, ...(f.aliases ?? [])]
      : q
        ? [q.id, q.label.uk, q.label.en, q.short.uk, q.short.en, ...(q.aliases ?? [])]
        : []
  ).map(headerKey);
  const spellings = names.map((n) => ({ key: n, value: n }));
  // The header (as typed) nearest to one of the column's names, within a typo of it
  // (text/did-you-mean.ts); of equally near headers, the first in the file.
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const h of headers) {
    const key = headerKey(h);
    const d = key.length === 0 ? undefined : nearMatches(key, spellings)[0]?.distance;
    if (d !== undefined && d < bestDistance) [best, bestDistance] = [h, d];
  }
  return best;
}
