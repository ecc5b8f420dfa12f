// The data step of `npm run build` (inside its astro process, scripts/build-steps.ts) and of
// `npm run dev`: `npm run data` with no arguments, skipped (build-cache.ts) when the export,
// the project's data files, the pipeline's code and its settings are what they were at its last
// successful run and the published set and the private "Other" answers file are as it left them.
// A skipped run prints what that run printed. `npm run data` itself always runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { treeDigest } from '../src/site/build/tree-digest.ts';
import { freshStamp, saveStamp } from './build-cache.ts';

const STEP = 'data';

/** The export data/dataset.json names, null when it cannot be read (the data step then says why). */
function datasetInput(dir: string): string | null {
  try {
    const { input } = JSON.parse(readFileSync(join(dir, 'data', 'dataset.json'), 'utf8')) as { input?: unknown };
    return typeof input === 'string' ? input : null;
  } catch {
    return null;
  }
}

/**
 * What the data step reads: every project data file but its own outputs, the export (which
 * SURVEY_CSV may place anywhere), the code of the pipeline and the CLI, the lockfile (library
 * versions), the settings it reads and the Node version.
 */
export function dataStepInputs(dir: string, env: NodeJS.ProcessEnv): string {
  const data = readdirSync(join(dir, 'data'))
    .filter((name) => !name.startsWith('.') && name !== 'generated' && name !== 'private')
    .map((name) => join('data', name));
  const code = ['src/ingest', 'src/contract', 'src/text', 'src/i18n', 'scripts/data.ts', 'package-lock.json'];
  const survey = [env.SURVEY_CSV || datasetInput(dir)].filter((f) => f !== null).map((f) => resolve(dir, f));
  const settings = ['SURVEY_CSV', 'SURVEY_ILLUSTRATIVE', 'DATA_DEBUG'].map((k) => `${k}=${env[k] ?? ''}`);
  return treeDigest(dir, [...data, ...code, ...survey], [...settings, process.version]);
}

/** What it leaves: the published set and the private answers file. */
export const dataStepOutputs = (dir: string) => treeDigest(dir, ['data/generated', 'data/private/other-answers.csv']);

/**
 * The data step in this process: skipped (printing what its last run printed) while its stamp is
 * fresh, else the data CLI with no arguments. Returns its exit code (0: the published set is ready).
 */
export async function runDataStep(root: string): Promise<number> {
  const inputs = dataStepInputs(root, process.env);
  const last = freshStamp(STEP, inputs, () => dataStepOutputs(root));
  if (last) {
    process.stdout.write(last.stdout);
    process.stderr.write(last.stderr);
    return 0;
  }
  // Loaded only when the step runs: the pipeline's modules take most of a skipped run's time.
  const { processEffects, runDataCli } = await import('../src/ingest/cli/run.ts');
  const fx = processEffects();
  const printed = { stdout: '', stderr: '' };
  const code = await runDataCli({
    ...fx,
    argv: [],
    stdout: (text) => ((printed.stdout += text), fx.stdout(text)),
    stderr: (text) => ((printed.stderr += text), fx.stderr(text)),
  });
  if (code === 0) saveStamp(STEP, { inputs, outputs: dataStepOutputs(root), ...printed }, fx.env);
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runDataStep(resolve(process.env.PROJECT_ROOT ?? '.'));
}
