// Survey CSV export → validated JSON for the site. See docs/data-format.md.
//   npm run data                               build data/generated from data/dataset.json (or $SURVEY_CSV)
//   npm run data -- --input FILE --out DIR     process another export into DIR
//   npm run data -- --check FILE [--json]      validate only
// Options: --encoding NAME, --min-respondents N. Exit: 0 ok, 1 invalid data, 2 usage error.
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatasetConfig, RunMeta } from '../src/lib/types.ts';
import { writeFilesAtomically } from '../src/lib/io/atomic-write.ts';
import { renderOutputs } from '../src/lib/survey/outputs.ts';
import { MAX_INPUT_BYTES, runPipeline, type PipelineResult } from '../src/lib/survey/pipeline.ts';
import { RegistryError } from '../src/lib/oblast/registry.ts';
import { loadProjectData } from '../src/lib/survey/project.ts';
import { formatProblem, formatRowCounts } from '../src/lib/survey/report.ts';

const USAGE = `usage: npm run data -- [--input FILE --out DIR | --check FILE [--json]] [--encoding NAME] [--min-respondents N]`;

class UsageError extends Error {}

interface Cli {
  input: string;
  out: string | null;
  check: boolean;
  json: boolean;
  encoding?: string;
  minRespondents?: number;
}

function parseCli(argv: string[], root: string, dataset: DatasetConfig): Cli {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'string' },
        json: { type: 'boolean' },
        encoding: { type: 'string' },
        'min-respondents': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (v.check !== undefined && (v.input !== undefined || v.out !== undefined)) {
    throw new UsageError('--check validates only; it cannot be combined with --input or --out');
  }
  if (v.json && v.check === undefined) throw new UsageError('--json is only for --check');
  if ((v.input === undefined) !== (v.out === undefined)) throw new UsageError('--input and --out go together');
  for (const [name, value] of Object.entries({ input: v.input, out: v.out, check: v.check, encoding: v.encoding })) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} needs a value`);
  }
  let minRespondents: number | undefined;
  if (v['min-respondents'] !== undefined) {
    minRespondents = Number(v['min-respondents']);
    if (!Number.isInteger(minRespondents) || minRespondents < 1)
      throw new UsageError('--min-respondents must be a whole number ≥ 1');
  }
  if (v.encoding !== undefined) {
    try {
      new TextDecoder(v.encoding);
    } catch {
      throw new UsageError(`unknown encoding "${v.encoding}" (try utf-8, windows-1251, utf-16le)`);
    }
  }
  const input = v.check ?? v.input ?? (process.env.SURVEY_CSV || dataset.input);
  const out = v.check !== undefined ? null : (v.out ?? join(root, 'data', 'generated'));
  return { input, out, check: v.check !== undefined, json: v.json ?? false, encoding: v.encoding, minRespondents };
}

/** SURVEY_ILLUSTRATIVE=0/1 overrides data/dataset.json; otherwise the dataset's flag stands. */
function illustrativeFlag(dataset: DatasetConfig): boolean {
  const env = process.env.SURVEY_ILLUSTRATIVE;
  if (env === '0' || env === 'false') return false;
  if (env === '1' || env === 'true') return true;
  return dataset.illustrative;
}

function readInput(path: string): Uint8Array | string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return `${path}: not a file`;
    size = st.size;
  } catch {
    return `${path}: no such file`;
  }
  if (size > MAX_INPUT_BYTES) {
    return `${path}: file is ${(size / 1048576).toFixed(1)} MB — larger than the ${MAX_INPUT_BYTES / 1048576} MB limit for a survey export`;
  }
  return readFileSync(path);
}

function report(result: PipelineResult, json: boolean): void {
  const counts = formatRowCounts(result.rowsRead, result.rowsValid, result.rowsRejected);
  if (json) {
    const problems = result.problems.map((p) => ({
      row: p.row,
      column: p.column,
      value: p.value,
      message: p.message,
      severity: p.severity,
    }));
    process.stdout.write(
      `${JSON.stringify({ ok: result.ok, rows_read: result.rowsRead, rows_valid: result.rowsValid, rows_rejected: result.rowsRejected, problems })}\n`,
    );
    process.stderr.write(`${counts}\n`);
    return;
  }
  for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`${counts}\n`);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (!result.ok) process.stderr.write(`invalid: ${errors} problem(s); nothing was written\n`);
}

function main(): number {
  const root = resolve(process.env.PROJECT_ROOT ?? process.cwd());
  const dataset = JSON.parse(readFileSync(join(root, 'data', 'dataset.json'), 'utf8')) as DatasetConfig;
  let cli: Cli;
  try {
    cli = parseCli(process.argv.slice(2), root, dataset);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    return 2;
  }
  const bytes = readInput(cli.input);
  if (typeof bytes === 'string') {
    if (cli.json) {
      const problem = { row: null, column: null, value: null, message: bytes, severity: 'error' };
      process.stdout.write(
        `${JSON.stringify({ ok: false, rows_read: 0, rows_valid: 0, rows_rejected: 0, problems: [problem] })}\n`,
      );
    } else process.stderr.write(`${bytes}\n`);
    process.stderr.write(`${formatRowCounts(0, 0, 0)}\n`);
    return 1;
  }
  let project: ReturnType<typeof loadProjectData>;
  try {
    project = loadProjectData(root);
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 1;
  }
  const result = runPipeline(bytes, cli.input, {
    ...project,
    encoding: cli.encoding,
    minRespondents: cli.minRespondents,
  });
  report(result, cli.json);
  if (!result.ok || !result.aggregates) return 1;
  if (cli.out === null) {
    if (!cli.json)
      process.stderr.write(`valid: ${cli.input} (${result.encoding}, delimiter ${JSON.stringify(result.delimiter)})\n`);
    return 0;
  }
  const meta: RunMeta = {
    input: basename(cli.input),
    illustrative: illustrativeFlag(dataset),
    rows_read: result.rowsRead,
    rows_valid: result.rowsValid,
    rows_rejected: result.rowsRejected,
    min_respondents: result.minRespondents,
    confidence: result.confidence,
    notices: result.problems.filter((p) => p.severity === 'notice').map((p) => ({ ...p, file: basename(p.file) })),
  };
  writeFilesAtomically(cli.out, renderOutputs(result.aggregates, meta));
  process.stderr.write(
    `wrote oblasts.json, national.json, communities.json, meta.json to ${relative(root, cli.out) || '.'}\n`,
  );
  return 0;
}

process.exitCode = main();
