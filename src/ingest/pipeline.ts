// An export → table → shape → rows in codebook terms → validated records → aggregates.
// Pure: no file system, no process; the CLI, the tests and the benchmark share it.
import type { ImportMap, Localized, OblastUnit, Problem, SurveyRecord } from '../contract/types.ts';
import { readCsvInput } from './table/read.ts';
import type { Table } from './table/table.ts';
import { createOblastMatcher, type OblastMatcher } from './oblast/normalize.ts';
import type { Shape } from './columns/shape.ts';
import { locateHeader, qualtricsNumericColumns } from './columns/header-row.ts';
import { planColumns, type ColumnMatch } from './columns/columns.ts';
import { otherNotice, questionMarkNotice, reportColumns } from './file-notices.ts';
import { createAdapter } from './columns/adapt.ts';
import { aggregate, type Aggregates } from './aggregate/aggregate.ts';
import type { CompiledCodebook } from './records/codebook.ts';
import { RowValidator, type OtherAnswer, type PriorProblem } from './records/validate.ts';
import type { DuplicatePolicy } from '../contract/dataset.ts';
import { localized } from '../i18n/index.ts';
import { resolveDuplicates } from './records/duplicates.ts';
import { limeSurveyCodeHeaders } from './columns/limesurvey-codes.ts';
import { sortProblems } from './report.ts';
import { checkRowAccounting } from './records/accounting.ts';
import { excuseUnanswered, unfinishedNotice } from './records/unfinished.ts';
import { readDataRows } from './data-rows.ts';

/** Larger than any plausible community survey by orders of magnitude; beyond it we refuse rather than exhaust memory. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export interface PipelineOptions {
  codebook: CompiledCodebook;
  units: OblastUnit[];
  /** reuse a matcher across runs (the benchmark does); built from units otherwise */
  oblasts?: OblastMatcher;
  /** force a TextDecoder label instead of detecting; throws RangeError when unknown */
  encoding?: string;
  minRespondents?: number;
  maxBytes?: number;
  /** the mapping file's overrides (data/import.json or --map FILE) */
  map?: ImportMap | null;
  mapFile?: string;
  /** repeated submissions of one community (data/dataset.json `duplicates`; default keep-latest) */
  duplicates?: DuplicatePolicy;
}
export interface PipelineResult {
  ok: boolean;
  format: Table['format'] | null;
  encoding: string | null;
  delimiter: string | null;
  shape: Shape | null;
  /** every column of the export and what it was matched to */
  columns: ColumnMatch[];
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  /** rows that are not answers (blank, totals, a repeated submission not kept), each with a notice */
  rowsSkipped: number;
  /** communities that submitted more than once, resolved to one submission */
  duplicatesResolved: number;
  records: SurveyRecord[];
  /** errors and notices, file-level first, then by row */
  problems: Problem[];
  /** free text given as "other" — for the report team only, never published */
  other: OtherAnswer[];
  /** null unless ok: an export with any invalid row publishes nothing */
  aggregates: Aggregates | null;
  minRespondents: number;
  confidence: number;
}

const NO_DATA: Localized = localized((c) => c.ingest.table.noDataRows);

/** Runs the whole pipeline on CSV bytes or on a table already read (see readTable for .xlsx). */
export function runPipeline(input: Uint8Array | Table, file: string, options: PipelineOptions): PipelineResult {
  const { codebook } = options;
  const minRespondents = options.minRespondents ?? codebook.codebook.thresholds.min_respondents;
  const confidence = codebook.codebook.thresholds.confidence;
  const result: PipelineResult = {
    ok: false,
    format: null,
    encoding: null,
    delimiter: null,
    shape: null,
    columns: [],
    rowsRead: 0,
    rowsValid: 0,
    rowsRejected: 0,
    rowsSkipped: 0,
    duplicatesResolved: 0,
    records: [],
    problems: [],
    other: [],
    aggregates: null,
    minRespondents,
    confidence,
  };
  const problems = result.problems;
  const fileProblem = (
    code: string,
    message: Localized,
    severity: Problem['severity'] = 'error',
    column: string | null = null,
  ) => problems.push({ file, row: null, column, value: null, code, message, severity });
  const fail = (code: string, message: Localized): PipelineResult => {
    fileProblem(code, message);
    return result;
  };

  let table: Table;
  if (input instanceof Uint8Array) {
    const read = readCsvInput(input, { encoding: options.encoding, maxBytes: options.maxBytes ?? MAX_INPUT_BYTES });
    if (!read.ok) return fail(read.code, read.message);
    table = read.table;
  } else table = input;
  Object.assign(result, { format: table.format, encoding: table.encoding, delimiter: table.delimiter });
  for (const n of table.notices) fileProblem(n.code, n.message, 'notice');

  const rows = table.rows;
  if (rows.length === 0)
    return fail(
      'empty_file',
      localized((c) => c.ingest.table.emptyFile),
    );
  // — issue #23: the header wherever it is (columns/header-row.ts); headerRows = index of the first data row —
  const located = locateHeader(rows, codebook, options.map ?? null, options.mapFile ?? 'data/import.json');
  const shape = located.shape;
  const headerRows = located.dataStart;
  result.shape = shape;
  const header = located.header;
  for (const n of located.notices) fileProblem(n.code, n.message, 'notice');
  const dataRows = rows.length - headerRows;
  const issuesAt = new Map<number, PriorProblem[]>();
  for (const issue of table.issues) {
    if (header.length > 0 && issue.row <= header.at(-1)!.row) fileProblem(issue.code, issue.message);
    else
      issuesAt.set(issue.row, [
        ...(issuesAt.get(issue.row) ?? []),
        { column: null, value: null, code: issue.code, message: issue.message },
      ]);
  }

  const plan = planColumns({
    headerRows: header.map((r) => r.cells),
    shape,
    codebook,
    map: options.map ?? null,
    mapFile: options.mapFile ?? 'data/import.json',
  });
  result.columns = plan.columns;
  for (const m of plan.messages) fileProblem(m.code, m.message, m.severity, m.column);
  if (shape === 'qualtrics') {
    const numeric = qualtricsNumericColumns(rows.slice(headerRows), plan.columns, codebook);
    if (numeric.length > 0)
      return fail(
        'qualtrics_numeric',
        localized((c) => c.ingest.qualtricsNumeric(numeric.join(', '))),
      );
  }
  if (shape === 'limesurvey') {
    const coded = limeSurveyCodeHeaders(plan.columns);
    if (coded.length > 0)
      fileProblem(
        'limesurvey_codes',
        localized((c) =>
          c.ingest.limeSurveyCodes(coded.slice(0, 4), coded.length, options.mapFile ?? 'data/import.json'),
        ),
      );
  }
  const adapter = createAdapter(plan, codebook);
  reportColumns(
    plan.columns,
    adapter.columnName,
    codebook,
    adapter.respondentId,
    fileProblem,
    rows[headerRows]?.row ?? (header.at(-1)?.row ?? 1) + 1,
  );

  const headerBroken = problems.some((p) => p.severity === 'error');
  if (headerBroken) {
    // Nothing can be checked against an unusable header, so nothing counts as used.
    result.rowsRead = result.rowsRejected = Math.max(0, dataRows);
    return finish(result);
  }

  const validator = new RowValidator(
    {
      file,
      codebook,
      oblasts: options.oblasts ?? createOblastMatcher(options.units),
      columnName: adapter.columnName,
      expectedRows: dataRows,
    },
    adapter.ids,
  );
  const data = readDataRows({
    file,
    table,
    dataStart: headerRows,
    headerRow: header.at(-1)!,
    width: header[0]!.cells.length,
    plan,
    adapter,
    codebook,
    validator,
    issuesAt,
    problems,
  });
  let skipped = data.skipped;
  const checked = validator.result();
  // A response left part way that lacks only answers is not counted and does not fail the run.
  const unanswered = excuseUnanswered(
    checked.problems,
    new Set([...data.unfinished, ...(data.unsentWhenEmpty ? data.emptyTime : [])]),
  );
  const validation = {
    ...checked,
    problems: unanswered.problems,
    rowsRead: checked.rowsRead - unanswered.excused.length,
    rowsRejected: checked.rowsRejected - unanswered.excused.length,
  };
  skipped += unanswered.excused.length;
  // — issue #23: one submission per community (records/duplicates.ts) —
  const dup = resolveDuplicates({
    file,
    records: validation.records,
    policy: options.duplicates ?? 'keep-latest',
    submittedAt:
      data.timeColumn >= 0
        ? {
            column: plan.columns[data.timeColumn]!.header,
            cells: data.submitted,
            unsentWhenEmpty: data.unsentWhenEmpty,
            empty: data.emptyTime,
          }
        : null,
    communityColumn: adapter.columnName.get('community') ?? 'community',
    unfinished: new Set(data.unfinished),
  });
  problems.push(...dup.problems);
  // Most files repeat no community: then every "other" answer is kept as it is.
  const kept = dup.records === validation.records ? null : new Set(dup.records.map((r) => r.row));
  const keptOther = kept === null ? validation.other : validation.other.filter((o) => kept.has(o.row));
  problems.push(...validation.problems);
  if (data.unfinished.length > 0)
    problems.push(
      ...unfinishedNotice(
        file,
        plan.columns[data.finished]!.header,
        data.unfinished,
        new Set(dup.records.map((r) => r.row)),
      ),
    );
  if (data.questionMarks.length > 0)
    fileProblem('cp1251_question_mark', questionMarkNotice(data.questionMarks), 'notice');
  if (keptOther.length > 0) fileProblem('other_answers', otherNotice(keptOther, codebook), 'notice');
  Object.assign(result, {
    rowsRead: validation.rowsRead + skipped,
    rowsValid: dup.records.length,
    rowsRejected: validation.rowsRejected + dup.rejected,
    rowsSkipped: skipped + dup.skipped,
    duplicatesResolved: dup.resolved,
    records: dup.records,
    other: keptOther,
  });
  return finish(result, data.dataRowCount);

  function finish(r: PipelineResult, dataRowCount = r.rowsRead): PipelineResult {
    r.problems = sortProblems(r.problems);
    // No row read and no error to say why (a header and nothing under it): never a silent failure.
    if (r.rowsRead === 0 && !r.problems.some((p) => p.severity === 'error'))
      r.problems.push({
        file,
        row: null,
        column: null,
        value: null,
        code: 'no_data_rows',
        message: NO_DATA,
        severity: 'error',
      });
    r.ok = !r.problems.some((p) => p.severity === 'error') && r.rowsRead > 0;
    if (r.ok)
      r.aggregates = aggregate(r.records, {
        codebook: codebook.codebook,
        units: options.units,
        minRespondents,
        confidence,
      });
    // — issue #23: the safety net: every data row counted once, the results count the rows used —
    const mismatch = checkRowAccounting({
      ...r,
      dataRows: dataRowCount,
      counted: r.aggregates?.national.respondents ?? null,
    });
    if (mismatch.length > 0) {
      for (const message of mismatch) fileProblem('row_count_mismatch', message);
      Object.assign(r, { ok: false, aggregates: null });
    }
    return r;
  }
}
