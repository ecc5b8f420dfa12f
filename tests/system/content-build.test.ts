// Editors' mistakes must fail the build with a message naming the file and what
// is wrong. Builds a temporary copy of the content with one mistake each.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
let work: string;

async function buildWith(edit: (dir: string) => void): Promise<{ code: number; output: string; dist: string }> {
  const content = mkdtempSync(join(work, 'content-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  edit(content);
  const dist = join(content, 'dist');
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', dist], {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        SITE_DATA_DIR: join(work, 'generated'),
        ASTRO_CACHE_DIR: join(content, 'cache'),
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, dist };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: (e.stdout ?? '') + (e.stderr ?? ''), dist };
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
  it('stops before any page is built on braces in text, naming file:line:column and the fix', async () => {
    // The case from /work/shared/cases/mdx-braces-in-text.mdx: before the check, this built
    // for a minute and then failed with "ReferenceError: частка is not defined" in a chunk.
    const file = join('uk', '01-strategy.mdx');
    const { code, output, dist } = await buildWith((dir) =>
      replaceIn(
        join(dir, file),
        '<KeyFigure question="smart_strategy" inline />.',
        '<KeyFigure question="smart_strategy" inline />.\n\nФормула: {частка} × 100.',
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(`${file}:15:10 [mdx/expression-in-text]`);
    expect(output).toContain('поставте перед кожною дужкою зворотну косу риску: \\{частка\\}.');
    expect(output).toContain('put a backslash before each brace: \\{частка\\}.');
    expect(output).not.toContain('ReferenceError');
    // Only the problems: no English wrapper from Astro, no empty stack trace.
    expect(output).not.toMatch(/unhandled error|Stack trace/);
    expect(existsSync(dist)).toBe(false);
  });

  it('fails on an unknown chart id with the valid ids and a did-you-mean, Ukrainian first', async () => {
    const { code, output } = await buildWith((dir) =>
      replaceIn(join(dir, 'uk/03-needs.mdx'), '<BarChart question="needs"', '<BarChart question="need"'),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /uk\/03-needs\.mdx:\d+:\d+ \[mdx\/unknown-id\]\n {2}<BarChart question="need">: невідомий id «need»\. Можливо, ви мали на увазі «needs»\? Допустимі: smart_strategy, priority_areas, needs, .*\n {2}<BarChart question="need">: unknown id "need"\. Did you mean "needs"\?/,
    );
  });

  it('fails on bad frontmatter, naming the file, line and field', async () => {
    const { code, output } = await buildWith((dir) =>
      replaceIn(join(dir, 'en/01-strategy.mdx'), 'order: 1', 'order: first'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain(`${join('en', '01-strategy.mdx')}:6:1 [frontmatter/type]`);
    expect(output).toContain('order: «first» — має бути ціле число, наприклад order: 3.');
  });
});
