// The data CLI's arguments → what to do. Usage errors carry their text in both languages;
// the CLI prints them with the usage line and exits 2.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatasetConfig, Lang, Localized } from '../../contract/types.ts';
import { localized, type Catalogue } from '../../i18n/index.ts';

/** A wrong argument: exit 2 with this text and the usage line. */
export class UsageError extends Error {
  readonly text: Localized;
  constructor(text: Localized) {
    super(text.en);
    this.text = text;
  }
}
const usage = (pick: (c: Catalogue['ingest']['cli']) => string) => new UsageError(localized((c) => pick(c.ingest.cli)));

/** One run of the CLI, decided from its arguments. */
export interface Cli {
  input: string;
  /** null: --check (validate only) */
  out: string | null;
  check: boolean;
  json: boolean;
  lang: Lang;
  map: string | null;
  sheet?: string;
  encoding?: string;
  minRespondents?: number;
  /** the private "Other" answers file */
  other: string;
}

/** The language asked for, read before anything else can fail (so every message can use it). */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? null : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'uk';
}

/** What the CLI's arguments need from outside: the project root, the environment, whether a file exists. */
export interface ArgsContext {
  root: string;
  dataset: DatasetConfig;
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
}

/**
 * Node's parseArgs words its errors in English only: each kind it throws (an unknown option,
 * a value missing or not taken, a stray argument) is put into our catalogue's words.
 */
function optionError(err: Error & { code?: string }): UsageError {
  const m = err.message;
  const unknown = /^Unknown option '([^']+)'/.exec(m);
  if (unknown) return usage((c) => c.unknownOption(unknown[1]!));
  const option = /Option '--([\w-]+)/.exec(m)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined)
    return /does not take an argument/.test(m)
      ? usage((c) => c.takesNoValue(option))
      : usage((c) => c.needsValue(option));
  const stray = /^Unexpected argument '([^']*)'/.exec(m);
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && stray) return usage((c) => c.strayArgument(stray[1]!));
  return usage((c) => c.badOptions(m));
}

/** Parses `argv` (without node and the script); null for --help. Throws UsageError. */
export function parseCli(argv: readonly string[], { root, dataset, env, exists }: ArgsContext): Cli | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw optionError(err as Error & { code?: string });
  }
  const v = parsed.values;
  if (v.help) return null;
  if (v.lang !== undefined && v.lang !== 'uk' && v.lang !== 'en') throw usage((c) => c.langValues);
  if (v.check !== undefined && (v.input !== undefined || v.out !== undefined)) throw usage((c) => c.checkAlone);
  if (v.json && v.check === undefined) throw usage((c) => c.jsonNeedsCheck);
  if ((v.input === undefined) !== (v.out === undefined)) throw usage((c) => c.inputWithOut);
  for (const [name, value] of Object.entries({
    input: v.input,
    out: v.out,
    check: v.check,
    encoding: v.encoding,
    map: v.map,
    sheet: v.sheet,
    other: v.other,
  })) {
    if (value !== undefined && value.trim() === '') throw usage((c) => c.needsValue(name));
  }
  let minRespondents: number | undefined;
  if (v['min-respondents'] !== undefined) {
    minRespondents = Number(v['min-respondents']);
    if (!Number.isInteger(minRespondents) || minRespondents < 1) throw usage((c) => c.minRespondents);
  }
  if (v.encoding !== undefined) {
    try {
      new TextDecoder(v.encoding);
    } catch {
      throw usage((c) => c.unknownEncoding(v.encoding!));
    }
  }
  const defaultMap = join(root, 'data', 'import.json');
  if (v.map !== undefined && !exists(v.map)) throw usage((c) => c.noMapFile(v.map!));
  const input = v.check ?? v.input ?? (env.SURVEY_CSV || dataset.input);
  const out = v.check !== undefined ? null : (v.out ?? join(root, 'data', 'generated'));
  return {
    input,
    out,
    check: v.check !== undefined,
    json: v.json ?? false,
    lang: (v.lang as Lang | undefined) ?? 'uk',
    map: v.map ?? (exists(defaultMap) ? defaultMap : null),
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
