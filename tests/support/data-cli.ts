// Runs the data CLI in-process (runDataCli with this process's file system and captured
// streams): what `npm run data -- ARGS` would print and exit with, without spawning it.
import { processEffects, runDataCli } from '../../src/ingest/cli/run.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI run with `argv`; SURVEY_ILLUSTRATIVE is cleared so data/dataset.json decides. */
export async function runCli(argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runDataCli({
    ...processEffects(),
    argv,
    env: { ...process.env, SURVEY_ILLUSTRATIVE: '', ...env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}
