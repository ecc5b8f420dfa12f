// The data CLI as a function of its effects (arguments, environment, output streams, file
// writes, clock), so that tests run it in-process; scripts/data.ts passes the real ones.
// Exit: 0 ok, 1 invalid data or unreadable input, 2 usage or configuration error, 3 output not
// written (refused or a file-system error), 70 internal error. Every one of them comes with one line saying why (docs/data-format.md lists them).
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, loadJson } from '../../contract/load.ts';
import { DatasetSchema } from '../../contract/dataset.ts';
import { ImportMapSchema } from '../../contract/import-map.ts';
import type { DatasetConfig, ImportMap } from '../../contract/types.ts';
import { replaceFile } from '../../files/replace-file.ts';
import { displayLine, displayLines, displayValue, escapeText } from '../../text/display.ts';
import { MAX_INPUT_BYTES, runPipeline } from '../pipeline.ts';
import { loadProjectData } from '../project.ts';
import { publication } from '../publish/publication.ts';
import { publishSet, PublishError } from '../publish/publish.ts';
import { inputNameProblem, readInputFile } from '../publish/read-input.ts';
import { summariseNotices } from '../summarise.ts';
import { readTable } from '../table/read.ts';
import { langOf, parseCli, UsageError, type Cli } from './args.ts';
import { localized, t } from '../../i18n/index.ts';
import { printReport, printUnreadable, type Printer } from './output.ts';

const EXIT = { ok: 0, invalid: 1, usage: 2, notWritten: 3, internal: 70 } as const;

/** Everything the CLI does to the world, passed in (the habit of Observable Framework's BuildEffects). */
export interface DataCliEffects {
  /** the arguments after the script's name */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** the project root, unless PROJECT_ROOT names another (paths in arguments are opened as given) */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** the clock, for the published set's run id */
  now: () => Date;
  exists: (path: string) => boolean;
  /** replaces the published set at `out` as one step; throws PublishError */
  publish: (out: string, files: Record<string, string>, options: { input: string; now: () => Date }) => void;
  /** writes one private file, replacing it whole */
  writePrivate: (path: string, content: string) => void;
}

/** The real effects: this process's arguments, environment and streams, and the file system. */
export function processEffects(): DataCliEffects {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    exists: existsSync,
    publish: (out, files, options) => void publishSet(out, files, options),
    writePrivate: replaceFile,
  };
}

/** SURVEY_ILLUSTRATIVE=0/1 overrides data/dataset.json; otherwise the dataset's flag stands. */
function illustrativeFlag(dataset: DatasetConfig, env: DataCliEffects['env']): boolean {
  const flag = env.SURVEY_ILLUSTRATIVE;
  if (flag === '0' || flag === 'false') return false;
  if (flag === '1' || flag === 'true') return true;
  return dataset.illustrative;
}

async function main(fx: DataCliEffects): Promise<number> {
  const root = resolve(fx.cwd, fx.env.PROJECT_ROOT ?? '.');
  const lang = langOf(fx.argv);
  let cli: Cli | null;
  let dataset: DatasetConfig;
  let map: ImportMap | null = null;
  try {
    dataset = loadJson(join(root, 'data', 'dataset.json'), DatasetSchema);
    cli = parseCli(fx.argv, { root, dataset, env: fx.env, exists: fx.exists });
    if (cli === null) {
      fx.stdout(`${t(lang).ingest.cli.usage}\n\n${t(lang).ingest.cli.help}\n`);
      return EXIT.ok;
    }
    if (cli.map !== null) map = loadJson(cli.map, ImportMapSchema);
  } catch (err) {
    if (err instanceof UsageError) {
      fx.stderr(`${displayLines(err.text[lang])}\n${t(lang).ingest.cli.usage}\n`);
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      fx.stderr(`${displayLines(err.text[lang])}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  let project;
  try {
    project = loadProjectData(root);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    fx.stderr(`${displayLines(err.text[lang])}\n`);
    return EXIT.usage;
  }
  const print: Printer = { stdout: fx.stdout, stderr: fx.stderr, lang: cli.lang, json: cli.json };
  const unreadable = (text: { uk: string; en: string }, code = 'unreadable_file') => {
    printUnreadable(text, print, code);
    return EXIT.invalid;
  };
  const read = readInputFile(cli.input, MAX_INPUT_BYTES);
  if (!read.ok) return unreadable(read.reason);
  const badName = inputNameProblem(cli.input);
  if (badName !== null) return unreadable(badName, 'bad_file_name');
  const table = await readTable(read.bytes, { encoding: cli.encoding, sheet: cli.sheet });
  if (!table.ok)
    return unreadable(
      localized((_, lang) => `${cli.input}: ${table.message[lang]}`),
      table.code,
    );
  const result = runPipeline(table.table, cli.input, {
    ...project,
    minRespondents: cli.minRespondents,
    map,
    mapFile: cli.map === null ? 'data/import.json' : relative(root, cli.map) || cli.map,
    duplicates: dataset.duplicates,
  });
  const problems = summariseNotices(result.problems);
  printReport({ ...result, problems }, print);
  if (!result.ok || !result.aggregates) return EXIT.invalid;
  if (cli.out === null) {
    if (!cli.json) {
      const how =
        result.format !== 'csv' && result.format !== null
          ? result.format
          : `${result.encoding}, ${t(lang).ingest.cli.delimiter(JSON.stringify(result.delimiter))}`;
      fx.stderr(`${t(lang).ingest.cli.valid(displayValue(cli.input, 400, lang), how)}\n`);
    }
    return EXIT.ok;
  }
  const { files, other } = publication({ ...result, aggregates: result.aggregates, problems }, project.codebook, {
    input: cli.input,
    illustrative: illustrativeFlag(dataset, fx.env),
  });
  try {
    fx.publish(cli.out, files, { input: cli.input, now: fx.now });
  } catch (err) {
    if (!(err instanceof PublishError)) throw err;
    fx.stderr(`${escapeText(err.reason[lang], false)}\n`);
    return EXIT.notWritten;
  }
  fx.stderr(`${t(lang).ingest.cli.wrote(displayValue(relative(root, cli.out) || '.', 400, lang))}\n`);
  if (other !== null) {
    fx.writePrivate(cli.other, other);
    fx.stderr(`${t(lang).ingest.cli.otherAnswers(result.other.length, relative(root, cli.other))}\n`);
  }
  return EXIT.ok;
}

/**
 * Runs the data CLI once and returns its exit code. Anything not foreseen is a defect: one
 * line, and the stack only when DATA_DEBUG=1.
 */
export async function runDataCli(fx: DataCliEffects): Promise<number> {
  try {
    return await main(fx);
  } catch (err) {
    if (fx.env.DATA_DEBUG === '1') fx.stderr(`${err instanceof Error ? err.stack : String(err)}\n`);
    const text = err instanceof Error ? err.message : String(err);
    fx.stderr(
      `${displayLine(`внутрішня помилка / internal error: ${text.split('\n')[0]}`)} (DATA_DEBUG=1 shows the details)\n`,
    );
    return EXIT.internal;
  }
}
