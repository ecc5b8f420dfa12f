// Survey CSV export → validated JSON for the site. See docs/data-format.md.
//   npm run data                               build data/generated from data/dataset.json (or $SURVEY_CSV)
//   npm run data -- --input FILE --out DIR     process another export into DIR
//   npm run data -- --check FILE [--json]      validate only
// Options: --encoding NAME, --min-respondents N.
// Exit: 0 ok, 1 invalid data or unreadable input, 2 usage error, 3 output not written (refused
// or a file-system error), 4 another run is writing the same output, 70 internal error.
// Every one of them comes with one line saying why (docs/data-format.md lists them).
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatasetConfig, RunMeta } from '../src/lib/types.ts';
import { publishSet, PublishError } from '../src/lib/io/publish.ts';
import { inputNameProblem, readInputFile } from '../src/lib/io/read-input.ts';
import { bilingualLine } from '../src/lib/text/bilingual.ts';
import { displayLine, escapeText, jsonSafe } from '../src/lib/text/display.ts';
import { summariseNotices } from '../src/lib/survey/summarise.ts';
import { renderOutputs } from '../src/lib/survey/outputs.ts';
import { MAX_INPUT_BYTES, runPipeline } from '../src/lib/survey/pipeline.ts';
import { RegistryError } from '../src/lib/oblast/registry.ts';
import { loadProjectData } from '../src/lib/survey/project.ts';
import { formatProblem, formatRowCounts } from '../src/lib/survey/report.ts';
import type { Problem } from '../src/lib/types.ts';

const EXIT = { ok: 0, invalid: 1, usage: 2, notWritten: 3, busy: 4, internal: 70 } as const;
/** Values in --json output are cut here (with value_length giving the full length). */
const JSON_VALUE_MAX = 200;

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

interface Outcome {
  ok: boolean;
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  problems: Problem[];
}

function report(result: Outcome, json: boolean): void {
  const counts = formatRowCounts(result.rowsRead, result.rowsValid, result.rowsRejected);
  if (json) {
    const problems = result.problems.map((p) => {
      const long = p.value !== null && p.value.length > JSON_VALUE_MAX;
      return {
        row: p.row,
        column: p.column,
        value: long ? p.value!.slice(0, JSON_VALUE_MAX) : p.value,
        ...(long ? { value_length: p.value!.length } : {}),
        message: p.message,
        severity: p.severity,
      };
    });
    const out = {
      ok: result.ok,
      rows_read: result.rowsRead,
      rows_valid: result.rowsValid,
      rows_rejected: result.rowsRejected,
      problems,
    };
    process.stdout.write(`${jsonSafe(JSON.stringify(out))}\n`);
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
    return EXIT.usage;
  }
  const read = readInputFile(cli.input, MAX_INPUT_BYTES);
  const unusable = read.ok ? inputNameProblem(cli.input) : read.reason;
  if (!read.ok || unusable !== null) {
    const message = bilingualLine(unusable!);
    if (cli.json) {
      const problem = { row: null, column: null, value: null, message, severity: 'error' };
      process.stdout.write(
        `${jsonSafe(JSON.stringify({ ok: false, rows_read: 0, rows_valid: 0, rows_rejected: 0, problems: [problem] }))}\n`,
      );
    } else process.stderr.write(`${displayLine(message)}\n`);
    process.stderr.write(`${formatRowCounts(0, 0, 0)}\n`);
    return EXIT.invalid;
  }
  let project: ReturnType<typeof loadProjectData>;
  try {
    project = loadProjectData(root);
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return EXIT.invalid;
  }
  const result = runPipeline(read.bytes, cli.input, {
    ...project,
    encoding: cli.encoding,
    minRespondents: cli.minRespondents,
  });
  const problems = summariseNotices(result.problems);
  report({ ...result, problems }, cli.json);
  if (!result.ok || !result.aggregates) return EXIT.invalid;
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
    notices: problems.filter((p) => p.severity === 'notice').map((p) => ({ ...p, file: basename(p.file) })),
  };
  try {
    publishSet(cli.out, renderOutputs(result.aggregates, meta), { input: cli.input });
  } catch (err) {
    if (!(err instanceof PublishError)) throw err;
    process.stderr.write(`${escapeText(bilingualLine(err.reason), false)}\n`);
    return err.kind === 'busy' ? EXIT.busy : EXIT.notWritten;
  }
  process.stderr.write(
    `wrote oblasts.json, national.json, communities.json, meta.json to ${relative(root, cli.out) || '.'}\n`,
  );
  return 0;
}

/** Anything not foreseen above is a defect: one line, and the stack only when DATA_DEBUG=1. */
function guarded(): number {
  try {
    return main();
  } catch (err) {
    if (process.env.DATA_DEBUG === '1') console.error(err);
    const text = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `${displayLine(`внутрішня помилка / internal error: ${text.split('\n')[0]}`)} (DATA_DEBUG=1 shows the details)\n`,
    );
    return EXIT.internal;
  }
}

process.exitCode = guarded();
