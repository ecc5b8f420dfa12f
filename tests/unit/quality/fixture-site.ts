// Builds a tiny throwaway "dist" on disk so link and budget checks run on real files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function fixtureSite(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'quality-fixture-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>T</title><meta name="description" content="D">${head}</head><body>${body}</body></html>`;
}
