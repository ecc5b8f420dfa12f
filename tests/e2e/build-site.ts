// Runs the real build commands, with their output shown only when they fail.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (exit ${result.status})\n${result.stdout}\n${result.stderr}`.slice(
        -8000,
      ),
    );
  }
}

/** `npm run build`: the data pipeline, then astro build into dist/. */
export function buildDefault(): void {
  run('npm', ['run', 'build']);
}

/** Only the astro step, into another directory (data/generated must already exist unless SITE_DATA_DIR says otherwise). */
export function astroBuild(outDir: string, env: Record<string, string> = {}, extraArgs: string[] = []): void {
  run('npx', ['astro', 'build', '--outDir', outDir, ...extraArgs], env);
}

/** The editors' admin (the last step of `npm run build`) into another build directory. */
export function adminBuild(outDir: string): void {
  run('npx', ['node', 'scripts/build-admin.ts', outDir]);
}

/** The data pipeline on another export, into another directory. */
export function buildData(input: string, outDir: string, extraArgs: string[] = []): void {
  run('npm', ['run', 'data', '--', '--input', input, '--out', outDir, ...extraArgs]);
}
