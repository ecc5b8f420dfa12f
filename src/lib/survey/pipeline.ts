// bytes of an export → decoded text → rows → validated records → aggregates.
// Pure: no file system, no process; the CLI, the tests and the benchmark share it.
import type { OblastUnit, Problem, SurveyRecord } from '../types.ts';
import { decodeBytes } from '../csv/decode.ts';
import { scanCsv } from '../csv/parse.ts';
import { createOblastMatcher, type OblastMatcher } from '../oblast/normalize.ts';
import { summarise, type Aggregates } from './aggregate.ts';
import type { CompiledCodebook } from './codebook.ts';
import { RowValidator } from './validate.ts';

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
}
export interface PipelineResult {
  ok: boolean;
  encoding: string | null;
  delimiter: string | null;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  records: SurveyRecord[];
  /** errors and notices, file-level first, then by row */
  problems: Problem[];
  /** null unless ok: an export with any invalid row publishes nothing */
  aggregates: Aggregates | null;
  minRespondents: number;
  confidence: number;
}

export function runPipeline(bytes: Uint8Array, file: string, options: PipelineOptions): PipelineResult {
  const { codebook } = options;
  const minRespondents = options.minRespondents ?? codebook.codebook.thresholds.min_respondents;
  const confidence = codebook.codebook.thresholds.confidence;
  const base = {
    encoding: null,
    delimiter: null,
    rowsRead: 0,
    rowsValid: 0,
    rowsRejected: 0,
    records: [],
    aggregates: null,
    minRespondents,
    confidence,
  };
  const fail = (message: string): PipelineResult => ({
    ...base,
    ok: false,
    problems: [{ file, row: null, column: null, value: null, message, severity: 'error' }],
  });

  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > maxBytes)
    return fail(`file is ${mb(bytes.length)} — larger than the ${mb(maxBytes)} limit for a survey export`);
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return fail(decoded.reason);
  if (decoded.text.trim().length === 0) return fail('file is empty');

  // Rows are validated and tallied as the parser produces them (see RowValidator).
  const matcher = options.oblasts ?? createOblastMatcher(options.units);
  const validator = new RowValidator({ file, codebook, oblasts: matcher, units: options.units });
  const delimiter = scanCsv(decoded.text, validator);
  const validation = validator.result();
  if (validation.rowsRead === 0)
    return { ...fail('file has a header but no data rows'), encoding: decoded.encoding, delimiter };

  const problems: Problem[] = [];
  if (decoded.notice)
    problems.push({ file, row: null, column: null, value: null, message: decoded.notice, severity: 'notice' });
  problems.push(...validation.problems);
  const ok = !problems.some((p) => p.severity === 'error');
  return {
    ok,
    encoding: decoded.encoding,
    delimiter,
    rowsRead: validation.rowsRead,
    rowsValid: validation.rowsRead - validation.rowsRejected,
    rowsRejected: validation.rowsRejected,
    records: validation.records,
    problems: sortProblems(problems),
    aggregates: ok
      ? summarise(validation.tally!, validation.records, {
          codebook: codebook.codebook,
          units: options.units,
          minRespondents,
          confidence,
        })
      : null,
    minRespondents,
    confidence,
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  // Stable sort: file-level first, then by row, keeping column order within a row.
  return problems
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => (a.row ?? 0) - (b.row ?? 0) || i - j)
    .map(([p]) => p);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
