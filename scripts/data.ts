// A survey export (CSV or .xlsx, as any survey tool wrote it) → validated JSON for the site.
// See docs/data-format.md.
//   npm run data                               build data/generated from data/dataset.json (or $SURVEY_CSV)
//   npm run data -- --input FILE --out DIR     process another export into DIR
//   npm run data -- --check FILE [--json]      validate only
// Options: --lang uk|en, --map FILE, --sheet NAME, --encoding NAME, --min-respondents N, --other FILE.
// Exit: 0 ok, 1 invalid data or unreadable input, 2 usage or configuration error, 3 output not
// written (refused or a file-system error), 4 another run is writing the same output, 70 internal
// error. Every one of them comes with one line saying why (docs/data-format.md lists them).
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatasetConfig, ImportMap, Lang, Localized, Problem, RunMeta } from '../src/contract/types.ts';
import { writeFilesAtomically } from '../src/ingest/publish/atomic-write.ts';
import { publishSet, PublishError } from '../src/ingest/publish/publish.ts';
import { inputNameProblem, readInputFile } from '../src/ingest/publish/read-input.ts';
import { displayLine, displayLines, displayValue, escapeText, jsonSafe } from '../src/text/display.ts';
import { summariseNotices } from '../src/ingest/summarise.ts';
import { renderOutputs } from '../src/ingest/publish/outputs.ts';
import { MAX_INPUT_BYTES, PRIVATE_CODES, runPipeline, type PipelineResult } from '../src/ingest/pipeline.ts';
import { RegistryError } from '../src/ingest/oblast/registry.ts';
import { loadProjectData } from '../src/ingest/project.ts';
import { formatProblem, formatRowCounts } from '../src/ingest/report.ts';
import { readTable } from '../src/ingest/table/read.ts';
import { describeColumn } from '../src/ingest/columns/describe.ts';
import { SHAPE_NAMES } from '../src/ingest/columns/shape.ts';
import { ConfigError, loadJson } from '../src/contract/load.ts';
import { DatasetSchema } from '../src/contract/dataset.ts';
import { ImportMapSchema } from '../src/contract/import-map.ts';
import { otherAnswersCsv } from '../src/ingest/publish/other-answers.ts';

const EXIT = { ok: 0, invalid: 1, usage: 2, notWritten: 3, busy: 4, internal: 70 } as const;
/** Values in --json output are cut here (with value_length giving the full length). */
const JSON_VALUE_MAX = 200;
/** Unknown columns listed one by one before the rest are counted. */
const UNKNOWN_COLUMNS_SHOWN = 10;

const USAGE: Localized = {
  uk: 'використання: npm run data -- [--input ФАЙЛ --out ТЕКА | --check ФАЙЛ [--json]] [--lang uk|en] [--map ФАЙЛ] [--sheet АРКУШ] [--encoding НАЗВА] [--min-respondents N] [--other ФАЙЛ]',
  en: 'usage: npm run data -- [--input FILE --out DIR | --check FILE [--json]] [--lang uk|en] [--map FILE] [--sheet NAME] [--encoding NAME] [--min-respondents N] [--other FILE]',
};

class UsageError extends Error {
  readonly text: Localized;
  constructor(text: Localized) {
    super(text.en);
    this.text = text;
  }
}
const usage = (uk: string, en: string) => new UsageError({ uk, en });

interface Cli {
  input: string;
  out: string | null;
  check: boolean;
  json: boolean;
  lang: Lang;
  map: string | null;
  sheet?: string;
  encoding?: string;
  minRespondents?: number;
  other: string;
}

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? null : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'uk';
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
        lang: { type: 'string' },
        map: { type: 'string' },
        sheet: { type: 'string' },
        encoding: { type: 'string' },
        'min-respondents': { type: 'string' },
        other: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (err) {
    // Node words these in English only; the common one is put into Ukrainian too.
    const m = (err as Error).message;
    const unknown = /^Unknown option '([^']+)'/.exec(m);
    throw unknown
      ? usage(`невідомий параметр «${unknown[1]}»`, `unknown option '${unknown[1]}'`)
      : usage(`неправильні параметри: ${m}`, m);
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE[langOf(argv)]);
    process.exit(0);
  }
  if (v.lang !== undefined && v.lang !== 'uk' && v.lang !== 'en') throw usage('--lang: uk або en', '--lang: uk or en');
  if (v.check !== undefined && (v.input !== undefined || v.out !== undefined))
    throw usage(
      '--check лише перевіряє; його не можна поєднувати з --input чи --out',
      '--check validates only; it cannot be combined with --input or --out',
    );
  if (v.json && v.check === undefined) throw usage('--json — лише разом із --check', '--json is only for --check');
  if ((v.input === undefined) !== (v.out === undefined))
    throw usage('--input і --out задають разом', '--input and --out go together');
  for (const [name, value] of Object.entries({
    input: v.input,
    out: v.out,
    check: v.check,
    encoding: v.encoding,
    map: v.map,
    sheet: v.sheet,
    other: v.other,
  })) {
    if (value !== undefined && value.trim() === '')
      throw usage(`--${name}: потрібне значення`, `--${name} needs a value`);
  }
  let minRespondents: number | undefined;
  if (v['min-respondents'] !== undefined) {
    minRespondents = Number(v['min-respondents']);
    if (!Number.isInteger(minRespondents) || minRespondents < 1)
      throw usage('--min-respondents має бути цілим числом ≥ 1', '--min-respondents must be a whole number ≥ 1');
  }
  if (v.encoding !== undefined) {
    try {
      new TextDecoder(v.encoding);
    } catch {
      throw usage(
        `невідоме кодування «${v.encoding}» (спробуйте utf-8, windows-1251, utf-16le)`,
        `unknown encoding "${v.encoding}" (try utf-8, windows-1251, utf-16le)`,
      );
    }
  }
  const defaultMap = join(root, 'data', 'import.json');
  if (v.map !== undefined && !existsSync(v.map))
    throw usage(`--map: файлу ${v.map} немає`, `--map: no such file ${v.map}`);
  const input = v.check ?? v.input ?? (process.env.SURVEY_CSV || dataset.input);
  const out = v.check !== undefined ? null : (v.out ?? join(root, 'data', 'generated'));
  return {
    input,
    out,
    check: v.check !== undefined,
    json: v.json ?? false,
    lang: (v.lang as Lang | undefined) ?? 'uk',
    map: v.map ?? (existsSync(defaultMap) ? defaultMap : null),
    sheet: v.sheet ?? (v.check === undefined && v.input === undefined ? dataset.sheet : undefined),
    encoding: v.encoding,
    minRespondents,
    // Free text can identify people: it goes to a private file, never into the published set.
    // A run into another --out keeps its own file beside that folder, so trying a file
    // elsewhere never replaces the report team's list.
    other:
      v.other ??
      (v.out === undefined
        ? join(root, 'data', 'private', 'other-answers.csv')
        : `${resolve(v.out).replace(/\/+$/, '')}.other-answers.csv`),
  };
}

/** SURVEY_ILLUSTRATIVE=0/1 overrides data/dataset.json; otherwise the dataset's flag stands. */
function illustrativeFlag(dataset: DatasetConfig): boolean {
  const env = process.env.SURVEY_ILLUSTRATIVE;
  if (env === '0' || env === 'false') return false;
  if (env === '1' || env === 'true') return true;
  return dataset.illustrative;
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

function report(result: PipelineResult, cli: Cli): void {
  const { lang } = cli;
  const counts = formatRowCounts(result.rowsRead, result.rowsValid, result.rowsRejected, lang, result.rowsSkipped);
  if (cli.json) {
    const columns = result.columns.map((c) => ({ header: c.header, ...c.target }));
    process.stdout.write(
      `${jsonSafe(JSON.stringify({ ok: result.ok, shape: result.shape, rows_read: result.rowsRead, rows_valid: result.rowsValid, rows_rejected: result.rowsRejected, rows_skipped: result.rowsSkipped, duplicates_resolved: result.duplicatesResolved, columns, problems: result.problems.map((p) => jsonProblem(p, lang)) }))}\n`,
    );
    process.stderr.write(`${counts}\n`);
    return;
  }
  const out = (line: string) => process.stderr.write(`${line}\n`);
  if (result.shape !== null) {
    out(lang === 'uk' ? `формат: ${SHAPE_NAMES[result.shape]}` : `shape: ${SHAPE_NAMES[result.shape]}`);
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
      const more = unknown - UNKNOWN_COLUMNS_SHOWN;
      out(
        lang === 'uk'
          ? `  … і ще ${more} невідомих стовпців (усього ${unknown}) — пропущено`
          : `  … and ${more} more unknown columns (${unknown} in all) — ignored`,
      );
    }
  }
  // Unknown columns are already listed above, one line each.
  for (const p of result.problems) if (p.code !== 'unknown_column') out(formatProblem(p, lang));
  out(counts);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (!result.ok)
    out(
      lang === 'uk' ? `помилок: ${errors}; нічого не записано` : `invalid: ${errors} problem(s); nothing was written`,
    );
}

function fail(text: Localized, cli: Pick<Cli, 'json' | 'lang'>, code = 'unreadable_file'): number {
  if (cli.json) {
    const problem = { row: null, column: null, value: null, code, message: text[cli.lang], severity: 'error' };
    process.stdout.write(
      `${jsonSafe(JSON.stringify({ ok: false, shape: null, rows_read: 0, rows_valid: 0, rows_rejected: 0, columns: [], problems: [problem] }))}\n`,
    );
  } else process.stderr.write(`${displayLines(text[cli.lang])}\n`);
  process.stderr.write(`${formatRowCounts(0, 0, 0, cli.lang)}\n`);
  return EXIT.invalid;
}

async function main(): Promise<number> {
  const root = resolve(process.env.PROJECT_ROOT ?? process.cwd());
  const lang = langOf(process.argv.slice(2));
  let cli: Cli;
  let dataset: DatasetConfig;
  let map: ImportMap | null = null;
  try {
    dataset = loadJson(join(root, 'data', 'dataset.json'), DatasetSchema);
    cli = parseCli(process.argv.slice(2), root, dataset);
    if (cli.map !== null) map = loadJson(cli.map, ImportMapSchema);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${displayLines(err.text[lang])}\n${USAGE[lang]}\n`);
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`${displayLines(err.text[lang])}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  let project;
  try {
    project = loadProjectData(root);
  } catch (err) {
    if (!(err instanceof ConfigError) && !(err instanceof RegistryError)) throw err;
    process.stderr.write(`${displayLines(err.text[lang])}\n`);
    return EXIT.usage;
  }
  const read = readInputFile(cli.input, MAX_INPUT_BYTES);
  if (!read.ok) return fail(read.reason, cli);
  const badName = inputNameProblem(cli.input);
  if (badName !== null) return fail(badName, cli, 'bad_file_name');
  const table = await readTable(read.bytes, { encoding: cli.encoding, sheet: cli.sheet });
  if (!table.ok)
    return fail({ uk: `${cli.input}: ${table.message.uk}`, en: `${cli.input}: ${table.message.en}` }, cli, table.code);
  const result = runPipeline(table.table, cli.input, {
    ...project,
    minRespondents: cli.minRespondents,
    map,
    mapFile: cli.map === null ? 'data/import.json' : relative(root, cli.map) || cli.map,
    duplicates: dataset.duplicates,
  });
  const problems = summariseNotices(result.problems);
  report({ ...result, problems }, cli);
  if (!result.ok || !result.aggregates) return EXIT.invalid;
  if (cli.out === null) {
    if (!cli.json) {
      const how =
        result.format !== 'csv'
          ? result.format
          : `${result.encoding}, ${lang === 'uk' ? 'роздільник' : 'delimiter'} ${JSON.stringify(result.delimiter)}`;
      process.stderr.write(
        `${lang === 'uk' ? 'файл придатний' : 'valid'}: ${displayValue(cli.input, 400, lang)} (${how})\n`,
      );
    }
    return 0;
  }
  const meta: RunMeta = {
    input: basename(cli.input),
    illustrative: illustrativeFlag(dataset),
    rows_read: result.rowsRead,
    rows_valid: result.rowsValid,
    rows_rejected: result.rowsRejected,
    rows_skipped: result.rowsSkipped,
    duplicates_resolved: result.duplicatesResolved,
    min_respondents: result.minRespondents,
    confidence: result.confidence,
    // Published: no values (a cell may hold personal data) and no notice quoting free text.
    notices: problems
      .filter((p) => p.severity === 'notice' && !PRIVATE_CODES.has(p.code))
      .map((p) => ({ ...p, file: basename(p.file), value: null })),
  };
  try {
    publishSet(cli.out, renderOutputs(result.aggregates, meta), { input: cli.input });
  } catch (err) {
    if (!(err instanceof PublishError)) throw err;
    process.stderr.write(`${escapeText(err.reason[lang], false)}\n`);
    return err.kind === 'busy' ? EXIT.busy : EXIT.notWritten;
  }
  process.stderr.write(
    `${lang === 'uk' ? 'записано' : 'wrote'} oblasts.json, national.json, communities.json, meta.json → ${displayValue(relative(root, cli.out) || '.', 400, lang)}\n`,
  );
  if (result.other.length > 0) {
    writeFilesAtomically(dirname(cli.other), {
      [basename(cli.other)]: otherAnswersCsv(result.other, project.codebook),
    });
    process.stderr.write(
      lang === 'uk'
        ? `відповіді «Інше» (${result.other.length}) для команди звіту — не для публікації: ${relative(root, cli.other)}\n`
        : `"Other" answers (${result.other.length}) for the report team — not for publication: ${relative(root, cli.other)}\n`,
    );
  }
  return 0;
}

/** Anything not foreseen above is a defect: one line, and the stack only when DATA_DEBUG=1. */
async function guarded(): Promise<number> {
  try {
    return await main();
  } catch (err) {
    if (process.env.DATA_DEBUG === '1') console.error(err);
    const text = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `${displayLine(`внутрішня помилка / internal error: ${text.split('\n')[0]}`)} (DATA_DEBUG=1 shows the details)\n`,
    );
    return EXIT.internal;
  }
}

process.exitCode = await guarded();
