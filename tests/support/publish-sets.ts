// Shared by the publishing tests (unit: src/ingest/publish/publish.test.ts; system:
// tests/system/publish-kill.test.ts): throw-away folders, labelled sets, and a reader that
// fails on a mix of two sets.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { OUTPUT_FILES } from '../../src/ingest/publish/outputs.ts';
import { publishedSet } from '../../src/site/data.ts';

/** A function making temporary folders (named `prefix…`), each removed after its test. */
export function sandboxes(prefix: string): () => string {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
}

/** A complete set whose every file starts with `label:`. */
export const set = (label: string) => Object.fromEntries(OUTPUT_FILES.map((n) => [n, `${label}:${n}\n`]));

/** The label every file of the published set carries, 'none' when nothing is published; fails on a mix. */
export function publishedLabel(out: string): string {
  if (!existsSync(out)) return 'none';
  const dir = publishedSet(out);
  const labels = new Set(OUTPUT_FILES.map((n) => readFileSync(join(dir, n), 'utf8').split(':')[0]));
  expect(labels.size, `one set, not a mix: ${[...labels].join(', ')}`).toBe(1);
  return [...labels][0]!;
}
