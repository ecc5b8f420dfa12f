// Editors' mistakes must fail the build with a message naming the file and what
// is wrong. Builds a temporary copy of the content with one mistake each.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
let work: string;

async function buildWith(edit: (dir: string) => void): Promise<{ code: number; output: string }> {
  const content = mkdtempSync(join(work, 'content-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  edit(content);
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', join(content, 'dist')], {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        SITE_DATA_DIR: join(work, 'generated'),
        ASTRO_CACHE_DIR: join(content, 'cache'),
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit failed: "${from}" not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'content-build-'));
  await run(
    'npx',
    ['node', 'scripts/data.ts', '--input', 'data/survey/illustrative-export.csv', '--out', join(work, 'generated')],
    { cwd: root },
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('building with broken MDX content', () => {
  it('fails on an unknown chart id, naming the file, line, id and valid ids', async () => {
    const { code, output } = await buildWith((dir) =>
      replaceIn(join(dir, 'uk/03-needs.mdx'), '<BarChart question="needs"', '<BarChart question="need"'),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /uk\/03-needs\.mdx:\d+ <BarChart question="need">: unknown id "need"; valid ids: smart_strategy, priority_areas, needs/,
    );
  });

  it('fails on bad frontmatter, naming the file and the field', async () => {
    const { code, output } = await buildWith((dir) =>
      replaceIn(join(dir, 'en/01-strategy.mdx'), 'order: 1', 'order: first'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('01-strategy');
    expect(output).toMatch(/order/);
    expect(output).toMatch(/does not match collection schema/);
  });
});
