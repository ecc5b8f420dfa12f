// The "other" free text of an export, verbatim, for the report team. It may identify
// people, so it is written to a private file and never into the published outputs.
import type { CompiledCodebook } from '../records/codebook.ts';
import type { OtherAnswer } from '../records/validate.ts';

/** CSV (UTF-8 with BOM, so Excel shows Cyrillic): row, question id, question (uk), text. */
export function otherAnswersCsv(other: OtherAnswer[], cb: CompiledCodebook): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = other.map((o) =>
    [String(o.row), o.question, quote(cb.question.get(o.question)!.question.short.uk), quote(o.text)].join(','),
  );
  return `\uFEFFrow,question,question_uk,text\n${lines.join('\n')}\n`;
}
