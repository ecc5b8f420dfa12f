// Fault injection (system suite): a real process publishing set B is killed (SIGKILL) just
// before each of its file-system steps in turn. At every point a reader must see one whole
// set — the old one before the switch, the new one after — and the next run must publish.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishSet, setsDirOf } from '../../src/ingest/publish/publish.ts';
import { publishedLabel, sandboxes, set } from '../support/publish-sets.ts';

const sandbox = sandboxes('publish-kill-');

describe('publishSet killed at every file-system step', () => {
  const driver = fileURLToPath(new URL('../support/publish-crash-driver.ts', import.meta.url));
  const run = (out: string, label: string, killAt: number) =>
    new Promise<{ code: number | null; signal: string | null; stdout: string }>((done) => {
      const child = spawn(process.execPath, [driver, out, label, String(killAt)]);
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code, signal) => done({ code, signal, stdout }));
    });

  it.each([
    ['a published set', 'A'],
    ['nothing published yet', 'none'],
  ])('over %s', async (state, before) => {
    const prepare = () => {
      const out = join(sandbox(), 'generated');
      if (state === 'a published set') publishSet(out, set('A'));
      return out;
    };
    const clean = await run(prepare(), 'B', 0);
    expect(clean.code).toBe(0);
    const steps = Number(clean.stdout);
    expect(steps).toBeGreaterThan(15);

    // Each kill point in its own folder, three processes at a time (the suite runs beside other test files).
    const outs = Array.from({ length: steps }, prepare);
    const results: Awaited<ReturnType<typeof run>>[] = [];
    for (let k = 0; k < steps; k += 3) {
      const batch = outs.slice(k, k + 3).map((out, i) => run(out, 'B', k + i + 1));
      results.push(...(await Promise.all(batch)));
    }
    const seen = outs.map((out, i) => {
      expect(results[i]!.signal, `step ${i + 1}`).toBe('SIGKILL');
      const label = publishedLabel(out);
      expect([before, 'B']).toContain(label);
      // The next run publishes and removes what the killed one left.
      publishSet(out, set('C'));
      expect(publishedLabel(out)).toBe('C');
      const left = readdirSync(setsDirOf(out));
      expect(left.length, `after step ${i + 1}: ${left.join(', ')}`).toBeLessThanOrEqual(2);
      return label;
    });
    // the old set up to the switch, the new one from it on
    expect(seen[0]).toBe(before);
    expect(seen[steps - 1]).toBe('B');
    const firstNew = seen.indexOf('B');
    expect(seen.slice(firstNew).every((l) => l === 'B')).toBe(true);
    expect(seen.slice(0, firstNew).every((l) => l === before)).toBe(true);
  });
});
