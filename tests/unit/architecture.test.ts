// The direction of the folders is enforced, not just written down: the ESLint rules of
// eslint.config.js fail on a planted wrong-way import, and scripts/folder-graph.ts finds a
// planted folder cycle (docs/architecture.md).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderGraph, importsOf } from '../../scripts/folder-graph.ts';

const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `filePath`. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('eslint: imports follow the data (contract → ingest → site)', () => {
  const wrongWay: [string, string][] = [
    ['src/contract/planted.ts', "import { textKey } from '../text/text-key.ts';"],
    ['src/contract/planted.ts', "export { t } from '../i18n/index.ts';"],
    ['src/files/planted.ts', "import type { Lang } from '../contract/types.ts';"],
    ['src/text/planted.ts', "import { t } from '../i18n/index.ts';"],
    ['src/text/planted.ts', "import { pipeline } from '../ingest/pipeline.ts';"],
    ['src/i18n/planted.ts', "import { loadSiteData } from '../site/data.ts';"],
    ['src/ingest/planted.ts', "import { loadSiteData } from '../site/data.ts';"],
    ['src/ingest/records/planted.ts', "import type { Graphic } from '../../site/graphics.ts';"],
    ['src/ingest/planted.ts', "import Map from '../components/map/ChoroplethMap.astro';"],
    ['src/site/map/planted.ts', "import { compileCodebook } from '../../ingest/records/codebook.ts';"],
    ['src/site/planted.ts', "import { project } from '../../tests/support/survey.ts';"],
    ['scripts/planted.ts', "import { project } from '../tests/support/survey.ts';"],
  ];
  it.each(wrongWay)('%s: %s fails', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  const rightWay: [string, string][] = [
    ['src/text/planted.ts', "import type { Lang } from '../contract/types.ts';"],
    ['src/i18n/planted.ts', "import { textKey } from '../text/text-key.ts';"],
    ['src/ingest/records/planted.ts', "import { textKey } from '../../text/text-key.ts';"],
    ['src/site/map/planted.ts', "import { t } from '../../i18n/index.ts';"],
    ['src/ingest/cli/planted.ts', "import { replaceFile } from '../../files/replace-file.ts';"],
    ['src/site/map/planted.ts', "import { replaceCacheFile } from '../../files/replace-file.ts';"],
    ['src/ingest/planted.test.ts', "import { project } from '../../tests/support/survey.ts';"],
  ];
  it.each(rightWay)('%s: %s passes', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});

describe('folder graph: a cycle between folders fails', () => {
  const root = mkdtempSync(join(tmpdir(), 'folders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('src/contract/types.ts', 'export type Lang = "uk";\n');
  write('src/site/data.ts', "import type { Lang } from '../contract/types.ts';\n");
  write('src/site/content/check.ts', "import '../data.ts';\n");
  write('src/site/embed/graphics.ts', "export { check } from '../content/check.ts';\n");

  it('finds none while imports go one way', () => {
    expect(folderCycles(folderGraph(root, ['src']))).toEqual([]);
  });

  it('finds a planted cycle, naming the folders and an importing file per edge', () => {
    write('src/site/content/components.ts', "const g = await import('../embed/graphics.ts');\n");
    const graph = folderGraph(root, ['src']);
    const cycles = folderCycles(graph);
    expect(cycles).toEqual([['src/site/content', 'src/site/embed', 'src/site/content']]);
    expect(describeCycle(graph, cycles[0]!)).toContain('src/site/content/components.ts → src/site/embed');
  });

  it('ignores test files, which may import from anywhere', () => {
    rmSync(join(root, 'src/site/content/components.ts'));
    write('src/contract/types.test.ts', "import '../site/data.ts';\n");
    expect(folderCycles(folderGraph(root, ['src']))).toEqual([]);
  });

  it('reads the frontmatter and scripts of .astro files', () => {
    const astro =
      "---\nimport Base from '../layouts/Base.astro';\n---\n<p/>\n<script>import '../scripts/x.ts';</script>\n";
    expect(importsOf('A.astro', astro)).toEqual(['../layouts/Base.astro', '../scripts/x.ts']);
  });

  it('counts src/layouts as part of src/components (Astro layouts are components)', () => {
    write('src/layouts/Base.astro', "---\nimport Switch from '../components/Switch.astro';\n---\n<Switch />\n");
    write('src/components/Page.astro', "---\nimport Base from '../layouts/Base.astro';\n---\n<Base />\n");
    write('src/components/Switch.astro', "---\nimport { t } from 'astro:i18n';\n---\n");
    expect(folderCycles(folderGraph(root, ['src']))).toEqual([]);
  });

  it('finds none in this project', () => {
    expect(folderCycles(folderGraph(process.cwd(), ['src', 'scripts']))).toEqual([]);
  });
});
