// What the data CLI prints about a run: the shape and columns, every problem, the row counts
// (stderr), or with --json one JSON object (stdout). Bounded: one cell cannot fill a terminal.
import type { Lang, Localized, Problem } from '../../contract/types.ts';
import { displayLine, displayLines, jsonSafe } from '../../text/display.ts';
import { describeColumn } from '../columns/describe.ts';
import type { PipelineResult } from '../pipeline.ts';
import { formatProblem, formatRowCounts } from '../report.ts';
import { t } from '../../i18n/index.ts';

/** Values in --json output are cut here (with value_length giving the full length). */
const JSON_VALUE_MAX = 200;
/** Unknown columns listed one by one before the rest are counted. */
const UNKNOWN_COLUMNS_SHOWN = 10;

/** Where the CLI's text goes, and in which language and form. */
export interface Printer {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  lang: Lang;
  json: boolean;
}

function jsonProblem(p: Problem, lang: Lang) {
  const long = p.value !== null && p.value.length > JSON_VALUE_MAX;
  return {
    row: p.row,
    column: p.column,
    value: long ? p.value!.slice(0, JSON_VALUE_MAX) : p.value,
    ...(long ? { value_length: p.value!.length } : {}),
    code: p.code,
    // A message may quote the value: bounded like the value, so one cell cannot fill the output.
    message: displayLine(p.message[lang], 600, lang),
    severity: p.severity,
  };
}

type Counts = Pick<
  PipelineResult,
  'ok' | 'shape' | 'rowsRead' | 'rowsValid' | 'rowsRejected' | 'rowsSkipped' | 'duplicatesResolved'
>;

/** The `--json` report, one line: the same keys whether the file was read or not. */
function jsonReport(r: Counts, columns: object[], problems: object[]): string {
  const report = {
    ok: r.ok,
    shape: r.shape,
    rows_read: r.rowsRead,
    rows_valid: r.rowsValid,
    rows_rejected: r.rowsRejected,
    rows_skipped: r.rowsSkipped,
    duplicates_resolved: r.duplicatesResolved,
    columns,
    problems,
  };
  return `${jsonSafe(JSON.stringify(report))}\n`;
}

/** Prints a run's report: the detected shape, a line per column, every problem, the counts. */
export function printReport(result: PipelineResult, { stdout, stderr, lang, json }: Printer): void {
  const counts = formatRowCounts(result.rowsRead, result.rowsValid, result.rowsRejected, lang, result.rowsSkipped);
  if (json) {
    const columns = result.columns.map((c) => ({ header: c.header, ...c.target }));
    stdout(
      jsonReport(
        result,
        columns,
        result.problems.map((p) => jsonProblem(p, lang)),
      ),
    );
    stderr(`${counts}\n`);
    return;
  }
  const out = (line: string) => stderr(`${line}\n`);
  if (result.shape !== null) {
    out(t(lang).ingest.cli.shape(t(lang).ingest.cli.shapeNames[result.shape]));
    // A header of 100,000 unknown columns prints the first few of them, then a count.
    let unknown = 0;
    for (const c of result.columns) {
      const line = describeColumn(c, lang);
      if (line === null) continue;
      const isUnknown = c.target.kind === 'ignored' && c.target.why === 'unknown';
      if (isUnknown && ++unknown > UNKNOWN_COLUMNS_SHOWN) continue;
      out(`  ${line}`);
    }
    if (unknown > UNKNOWN_COLUMNS_SHOWN) {
      out(t(lang).ingest.cli.moreUnknownColumns(unknown - UNKNOWN_COLUMNS_SHOWN, unknown));
    }
  }
  // Unknown columns are already listed above, one line each.
  for (const p of result.problems) if (p.code !== 'unknown_column') out(formatProblem(p, lang));
  out(counts);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (!result.ok) out(t(lang).ingest.cli.invalid(errors));
}

/** Prints an input that could not be read at all: one reason (or one JSON problem) and zero counts. */
export function printUnreadable(text: Localized, { stdout, stderr, lang, json }: Printer, code: string): void {
  if (json) {
    const problem = { row: null, column: null, value: null, code, message: text[lang], severity: 'error' };
    const none = { ok: false, shape: null, rowsRead: 0, rowsValid: 0, rowsRejected: 0, rowsSkipped: 0 };
    stdout(jsonReport({ ...none, duplicatesResolved: 0 }, [], [problem]));
  } else stderr(`${displayLines(text[lang])}\n`);
  stderr(`${formatRowCounts(0, 0, 0, lang)}\n`);
}
