// What the data team reads about an oblast cell, in every language; the words are the
// catalogue's (`ingest.oblast`). The value is quoted as written in the file (before any
// normalisation).
import type { Localized, OblastUnit } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';

export function emptyMessage(): Localized {
  return localized((c) => c.ingest.oblast.required);
}

export function unknownCodeMessage(value: string): Localized {
  return localized((c) => c.ingest.oblast.unknownCode(value));
}

export function tooLongMessage(length: number): Localized {
  return localized((c) => c.ingest.oblast.tooLong(length));
}

/**
 * `candidates`: one → "did you mean"; two or three → "one of"; none → examples.
 * `limit`: set when suggestions were not searched because the file already had that many unknown names.
 */
export function unknownNameMessage(value: string, candidates: OblastUnit[], limit: number | null = null): Localized {
  return localized(({ ingest: { oblast: o } }) => {
    const ending =
      candidates.length === 1
        ? o.didYouMean(candidates[0]!)
        : candidates.length > 1
          ? o.closeToSeveral(candidates)
          : limit !== null
            ? o.notSearched(limit)
            : o.examples;
    return o.unknownName(value) + ending;
  });
}

/** The KOATUU name form "ОБЛАСТЬ/М.ЦЕНТР" whose second part is not the first part's centre. */
export function slashMismatchMessage(value: string, unit: OblastUnit, after: string): Localized {
  return localized((c) => c.ingest.oblast.slashMismatch(value, unit, after));
}

export function centreNotice(value: string, unit: OblastUnit): Localized {
  return localized((c) => c.ingest.oblast.centre(value, unit));
}
