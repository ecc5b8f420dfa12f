// The file-level notices a run reports about an export as a whole: its columns (missing,
// absent, unknown, ignored) and the free text counted as "Other".
import { rollup } from 'd3-array';
import type { Localized, Problem } from '../contract/types.ts';
import type { ColumnMatch } from './columns/columns.ts';
import { closestHeader } from './columns/closest-header.ts';
import type { CompiledCodebook } from './records/codebook.ts';
import type { OtherAnswer } from './records/validate.ts';
import { localized } from '../i18n/index.ts';

/** File-level lines about columns: missing required ones (with the closest header), absent optional ones, unknown and ignored ones. */
export function reportColumns(
  columns: ColumnMatch[],
  names: Map<string, string>,
  cb: CompiledCodebook,
  respondentId: 'ours' | 'tool' | 'row',
  fileProblem: (code: string, message: Localized, severity?: Problem['severity'], column?: string | null) => void,
  /** the first data row as a spreadsheet shows it (the header is not always row 1) */
  firstDataRow = 2,
): void {
  const unmatched = columns
    .filter((c) => c.target.kind === 'ignored' && c.target.why === 'unknown')
    .map((c) => c.header);
  const required = [
    ...cb.fields.filter((f) => f.required).map((f) => f.id),
    ...cb.questions.filter((q) => q.question.required).map((q) => q.question.id),
  ];
  // A type column the community names can stand in for is not missed when absent.
  const readFromName = new Set(cb.codebook.breakdowns.filter((b) => b.from_name).map((b): string => b.field));
  for (const id of cb.columns) {
    if (names.has(id) || (id === 'respondent_id' && respondentId === 'row') || readFromName.has(id)) continue;
    const label = cb.fields.find((f) => f.id === id)?.label ?? cb.question.get(id)!.question.short;
    if (required.includes(id)) {
      const near = closestHeader(id, cb, unmatched);
      fileProblem(
        'missing_column',
        localized((c, lang) => c.ingest.notices.missingColumn(label[lang], near)),
        'error',
        id,
      );
    } else
      fileProblem(
        'optional_column_absent',
        localized((c, lang) => c.ingest.notices.optionalColumnAbsent(label[lang])),
        'notice',
        id,
      );
  }
  if (respondentId === 'row')
    fileProblem(
      'respondent_id_from_row',
      localized((c) => c.ingest.notices.respondentIdFromRow(firstDataRow)),
      'notice',
    );
  for (const c of columns) {
    if (c.target.kind !== 'ignored') continue;
    if (c.target.why === 'unknown')
      fileProblem(
        'unknown_column',
        localized((m) => m.ingest.notices.unknownColumn),
        'notice',
        c.header,
      );
    else if (c.target.why === 'empty')
      fileProblem(
        'unnamed_column',
        localized((m) => m.ingest.notices.unnamedColumn(c.index + 1)),
        'notice',
      );
  }
  const why = (c: ColumnMatch) => (c.target.kind === 'ignored' ? c.target.why : null);
  const byDesign = columns.filter((c) => ['personal', 'meta', 'map'].includes(why(c)!));
  const repeats = columns.filter((c) => why(c) === 'duplicate').length;
  if (byDesign.length > 0 || repeats > 0) {
    const list = byDesign.map((c) => c.header).join(', ');
    fileProblem(
      'ignored_by_design',
      localized((c) => c.ingest.notices.ignoredByDesign(list, repeats)),
      'notice',
    );
  }
}

/** The notice listing the free-text answers counted as "Other", each distinct one once with its count. */
export function otherNotice(other: OtherAnswer[], cb: CompiledCodebook): Localized {
  // distinct (question, text) pairs in the order first seen, with how often each came
  const counts = rollup(
    other,
    (answers) => answers.length,
    (o) => `${o.question}\u0000${o.text}`,
  );
  return localized((c, lang) => {
    const answers = [...counts].map(([key, n]) => {
      const [q, text] = key.split('\u0000') as [string, string];
      return c.ingest.notices.otherAnswer(cb.question.get(q)!.question.short[lang], text, n);
    });
    return c.ingest.notices.otherAnswers(other.length, answers.join('; '));
  });
}

/**
 * «?» between Cyrillic letters in a Windows-1251 file: how Excel writes ʼ and other
 * characters the code page lacks. `cells` are `row:column` names; the first 20 are listed.
 */
export function questionMarkNotice(cells: string[]): Localized {
  const list = cells.slice(0, 20).join(', ') + (cells.length > 20 ? ', …' : '');
  return localized((c) => c.ingest.table.questionMarks(cells.length, list));
}
