// The file-level notices a run reports about an export as a whole: its columns (missing,
// absent, unknown, ignored) and the free text counted as "Other".
import { rollup } from 'd3-array';
import type { Localized, Problem } from '../contract/types.ts';
import { closestHeader, type ColumnMatch } from './columns/columns.ts';
import type { CompiledCodebook } from './records/codebook.ts';
import type { OtherAnswer } from './records/validate.ts';

/** File-level lines about columns: missing required ones (with the closest header), absent optional ones, unknown and ignored ones. */
export function reportColumns(
  columns: ColumnMatch[],
  names: Map<string, string>,
  cb: CompiledCodebook,
  respondentId: 'ours' | 'tool' | 'row',
  fileProblem: (code: string, message: Localized, severity?: Problem['severity'], column?: string | null) => void,
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
        {
          uk: `немає обов'язкового стовпця «${label.uk}»${near ? ` (можливо, «${near}»?)` : ''}`,
          en: `required column "${label.en}" is missing${near ? ` (did you mean "${near}"?)` : ''}`,
        },
        'error',
        id,
      );
    } else
      fileProblem(
        'optional_column_absent',
        {
          uk: `необов'язкового стовпця «${label.uk}» немає; усі відповіді на нього вважаються відсутніми`,
          en: `optional column "${label.en}" is absent; every answer to it counts as missing`,
        },
        'notice',
        id,
      );
  }
  if (respondentId === 'row')
    fileProblem(
      'respondent_id_from_row',
      {
        uk: 'немає стовпця з ідентифікатором респондента — ідентифікатором стає номер рядка (row-2, row-3, …)',
        en: 'no respondent id column — the row number stands in for it (row-2, row-3, …)',
      },
      'notice',
    );
  for (const c of columns) {
    if (c.target.kind !== 'ignored') continue;
    if (c.target.why === 'unknown')
      fileProblem(
        'unknown_column',
        {
          uk: 'невідомий стовпець — пропущено (немає в кодовій книзі; його можна зіставити у файлі data/import.json)',
          en: 'unknown column, ignored (not in the codebook; it can be matched in the mapping file data/import.json)',
        },
        'notice',
        c.header,
      );
    else if (c.target.why === 'empty')
      fileProblem(
        'unnamed_column',
        {
          uk: `стовпець ${c.index + 1} не має назви в заголовку — пропущено`,
          en: `column ${c.index + 1} has no name in the header; it is ignored`,
        },
        'notice',
      );
  }
  const why = (c: ColumnMatch) => (c.target.kind === 'ignored' ? c.target.why : null);
  const byDesign = columns.filter((c) => ['personal', 'meta', 'map'].includes(why(c)!));
  const repeats = columns.filter((c) => why(c) === 'duplicate').length;
  if (byDesign.length > 0 || repeats > 0) {
    const list = byDesign.map((c) => c.header).join(', ');
    const more = (uk: boolean) =>
      repeats === 0
        ? ''
        : uk
          ? `; ще ${repeats} стовпц. повторюють уже прочитані відповіді`
          : `; ${repeats} more column(s) repeat answers already read`;
    fileProblem(
      'ignored_by_design',
      {
        uk: `пропущено навмисно (службові стовпці й особисті дані не читаються): ${list}${more(true)}`,
        en: `ignored by design (tool bookkeeping and personal data are never read): ${list}${more(false)}`,
      },
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
  const lines = (lang: 'uk' | 'en') =>
    [...counts]
      .map(([k, n]) => {
        const [q, text] = k.split('\u0000') as [string, string];
        return `«${cb.question.get(q)!.question.short[lang]}»: «${text}» × ${n}`;
      })
      .join('; ');
  return {
    uk: `вільний текст зараховано як «Інше» (${other.length}): ${lines('uk')}`,
    en: `${other.length} free-text answer(s) counted as "Other": ${lines('en')}`,
  };
}
