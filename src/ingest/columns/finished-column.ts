// Which column says whether a response was finished: Qualtrics' `Finished` (True/False; its
// question-text row says "Finished" too). records/unfinished.ts reads its cells.
import { headerKey } from './header-key.ts';

const FINISHED = ['Finished'].map(headerKey);

/** Index of the "finished" flag column among `headers`, or -1 when the export has none. */
export function finishedColumn(headers: readonly string[]): number {
  return headers.findIndex((h) => FINISHED.includes(headerKey(h)));
}
