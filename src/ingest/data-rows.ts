// The rows under the header, one by one: rows that are not answers (blank, totals, a repeated
// header, a tool's test responses) are skipped or refused with a notice; the rest are adapted
// to codebook terms and checked by the validator. Along the way it notes what later steps
// need: submission times (duplicates), responses left part way, «?» in a Windows-1251 file.
import type { Problem } from '../contract/types.ts';
import { localized } from '../i18n/index.ts';
import type { Adapter } from './columns/adapt.ts';
import type { ColumnPlan } from './columns/columns.ts';
import { finishedColumn } from './columns/finished-column.ts';
import { createSummaryCheck } from './columns/option-columns.ts';
import { notAResponse, responseStatusColumns } from './columns/response-status.ts';
import { rowRoles } from './columns/row-roles.ts';
import { emptyMeansUnsent, submittedAtColumn } from './columns/submitted-at-column.ts';
import type { CompiledCodebook } from './records/codebook.ts';
import { blankRowsBetween, createRowClassifier, notAnswerNotice, rowRanges } from './records/row-kinds.ts';
import { isUnfinished } from './records/unfinished.ts';
import type { PriorProblem, RowValidator } from './records/validate.ts';
import type { Table, TableRow } from './table/table.ts';

const CP1251_QUESTION_MARK = /[\u0400-\u04ff]\?[\u0400-\u04ff]/;

export interface DataRowsInput {
  file: string;
  table: Table;
  /** index in table.rows of the first data row */
  dataStart: number;
  /** the header's last row */
  headerRow: TableRow;
  /** cells in a CSV header row: every CSV data row must have as many */
  width: number;
  plan: ColumnPlan;
  adapter: Adapter;
  codebook: CompiledCodebook;
  validator: RowValidator;
  /** the table reader's problems in data rows (quotes), by spreadsheet row */
  issuesAt: ReadonlyMap<number, PriorProblem[]>;
  /** the run's problems: notices for skipped rows are pushed here, in row order */
  problems: Problem[];
}

export interface DataRows {
  /** rows skipped as not answers (blank, totals, not a response) */
  skipped: number;
  /** rows under the header, blank ones included (for the row accounting) */
  dataRowCount: number;
  /** the submission-time column's index, or -1 */
  timeColumn: number;
  /** true when an empty submission time means a response never sent (LimeSurvey) */
  unsentWhenEmpty: boolean;
  /** spreadsheet row → submission time as written, for rows that reached the validator's checks */
  submitted: Map<number, string>;
  /**
   * rows whose submission time is empty, in file order: LimeSurvey's responses never sent to
   * the end when `unsentWhenEmpty`, else cells left or cleared by hand (records/duplicates.ts)
   */
  emptyTime: number[];
  /** the completion column's index (Finished), or -1 */
  finished: number;
  /** rows the completion column marks as left part way */
  unfinished: number[];
  /** `row:column` of cells with «?» between Cyrillic letters (Windows-1251 files only) */
  questionMarks: string[];
}

/** Reads every data row of `input.table` into `input.validator`; see DataRows for what it returns. */
export function readDataRows(input: DataRowsInput): DataRows {
  const { file, table, plan, adapter, validator, problems, width } = input;
  const rows = table.rows;
  const questionMarks: string[] = [];
  // — issue #23: rows that are not answers are skipped with a notice; the submission time is kept for duplicates —
  const dataRowNumbers = rows.slice(input.dataStart).map((r) => r.row);
  const blank = blankRowsBetween(input.headerRow.row, dataRowNumbers);
  if (blank.length > 0)
    problems.push({
      file,
      row: null,
      column: null,
      value: null,
      code: 'blank_rows',
      message: localized((c) => c.ingest.blankRows(rowRanges(blank))),
      severity: 'notice',
    });
  let skipped = blank.length;
  const headers = plan.columns.map((c) => c.header);
  const timeColumn = submittedAtColumn(headers);
  const unsentWhenEmpty = timeColumn >= 0 && emptyMeansUnsent(headers[timeColumn]!);
  const emptyTime: number[] = [];
  const finished = finishedColumn(headers);
  const statusColumns = responseStatusColumns(headers);
  const unfinished: number[] = [];
  const submitted = new Map<number, string>();
  const classifyRow = createRowClassifier(input.headerRow.cells, rowRoles(plan.columns));
  const summaryCheck = createSummaryCheck(plan.columns, input.codebook, adapter.ids);
  for (let k = input.dataStart; k < rows.length; k++) {
    const { row, cells } = rows[k]!;
    const kind = classifyRow(cells);
    if (kind?.kind === 'header') {
      validator.badRow(
        row,
        'repeated_header',
        localized((c) => c.ingest.repeatedHeader),
      );
      continue;
    }
    if (kind !== null) {
      skipped++;
      const message = notAnswerNotice(kind);
      problems.push({ file, row, column: null, value: null, code: 'totals_row', message, severity: 'notice' });
      continue;
    }
    const status = statusColumns.length > 0 ? notAResponse(statusColumns, cells) : null;
    if (status !== null) {
      skipped++;
      const message = localized((c) => c.ingest.notAResponse(status.column, status.value));
      problems.push({
        file,
        row,
        column: status.column,
        value: status.value,
        code: 'not_a_response',
        message,
        severity: 'notice',
      });
      continue;
    }
    if (timeColumn >= 0) submitted.set(row, cells[timeColumn] ?? '');
    if (timeColumn >= 0 && (cells[timeColumn] ?? '').trim() === '') emptyTime.push(row);
    if (finished >= 0 && isUnfinished(cells[finished])) unfinished.push(row);
    if (table.format === 'csv' && cells.length !== width) {
      validator.badRow(
        row,
        'row_width',
        localized((c) => c.ingest.cells.rowWidth(width, cells.length)),
      );
      continue;
    }
    const adapted = adapter.toRow(cells, row);
    for (const d of summaryCheck?.(cells, adapted.cells) ?? [])
      problems.push({ file, row, ...d, code: 'summary_disagrees', severity: 'notice' });
    const earlier = input.issuesAt.get(row);
    validator.row(adapted.cells, row, earlier === undefined ? adapted.problems : [...earlier, ...adapted.problems]);
    if (table.encoding === 'windows-1251')
      cells.forEach((c, i) => {
        if (CP1251_QUESTION_MARK.test(c)) questionMarks.push(`${row}:${plan.columns[i]?.header ?? i + 1}`);
      });
  }
  return {
    skipped,
    dataRowCount: dataRowNumbers.length + blank.length,
    timeColumn,
    unsentWhenEmpty,
    submitted,
    emptyTime,
    finished,
    unfinished,
    questionMarks,
  };
}
