// The "other" free text of an export, verbatim, for the report team. It may identify
// people, so it is written to a private file and never into the published outputs. It is
// also untrusted: a respondent's `=HYPERLINK(…)` must reach the spreadsheet as text, not as a
// live formula — toCsv neutralises it.
import { toCsv } from '../../text/csv.ts';
import type { CompiledCodebook } from '../records/codebook.ts';
import type { OtherAnswer } from '../records/validate.ts';

/** CSV (UTF-8 with BOM, so Excel shows Cyrillic): row, question id, question (uk), text. */
export function otherAnswersCsv(other: OtherAnswer[], cb: CompiledCodebook): string {
  const rows = other.map((o) => [o.row, o.question, cb.question.get(o.question)!.question.short.uk, o.text]);
  return `\uFEFF${toCsv(['row', 'question', 'question_uk', 'text'], rows)}`;
}
