// A bench stopped half-way (Ctrl+C) puts back what it changed: the one-word edit of the report's
// text once stayed behind (a fresh reviewer's find), ready to be published.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'bench-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cleanupOnInterrupt (scripts/bench/interrupt.ts)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'restores an edited file when %s stops the process group during a synchronous child',
    async (signal) => {
      const file = join(dir, `${signal}.mdx`);
      writeFileSync(file, 'Текст звіту.\n');
      const script = `
        import { spawnSync } from 'node:child_process';
        import { readFileSync, writeFileSync } from 'node:fs';
        import { cleanupOnInterrupt, stopIfInterrupted } from '${join(process.cwd(), 'scripts/bench/interrupt.ts')}';
        const file = ${JSON.stringify(file)};
        const original = readFileSync(file, 'utf8');
        cleanupOnInterrupt(() => writeFileSync(file, original));
        writeFileSync(file, 'Текст звіту бенчмарк.\\n');
        // the child says when it runs: the signal must find it running, as Ctrl+C finds a build
        stopIfInterrupted(spawnSync('sh', ['-c', 'echo running; exec sleep 30'], { stdio: 'inherit' }));
        console.log('went on');`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        detached: true,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
      expect(readFileSync(file, 'utf8')).toContain('бенчмарк');
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      process.kill(-child.pid!, signal); // as Ctrl+C does: the whole group, the sleeping child too
      expect(await exit).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readFileSync(file, 'utf8')).toBe('Текст звіту.\n');
    },
  );
});
