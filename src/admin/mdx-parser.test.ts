// The admin checks texts with micromark's MDX parser (satteri's needs cross-origin
// isolation in a browser): the content check must reach the same verdict with either,
// on every real text and on the mistakes editors make.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkFile } from '../site/content/check-content.ts';
import { loadCodebook } from '../ingest/records/codebook.ts';

const codebook = loadCodebook(join(process.cwd(), 'data', 'codebook.json'));

async function browserCheckFile(): Promise<typeof checkFile> {
  vi.resetModules();
  vi.doMock('satteri', () => import('./mdx-parser.ts'));
  const mod = await import('../site/content/check-content.ts');
  vi.doUnmock('satteri');
  return mod.checkFile;
}

const texts = ['uk', 'en'].flatMap((lang) =>
  readdirSync(join('content', lang)).map((name) => ({
    file: `content/${lang}/${name}`,
    source: readFileSync(join('content', lang, name), 'utf8'),
  })),
);
const intro = texts.find((t) => t.file === 'content/uk/00-intro.mdx')!.source;
const mistakes = [
  'Це {частка} громад.',
  '<script>alert(1)</script>',
  'Текст <b>жирний без кінця.',
  '<!-- коментар -->',
  'Якщо a < b, то …',
  'Рядок<br>новий',
  '<ChoroplethMap metric="nope" />',
  '<KeyFigure question="needs" inline /> і <BarChart question="needs" /> в одному рядку',
  '<a href="javascript:alert(1)">посилання</a>',
  'import X from "x"',
].map((m, i) => ({ file: `content/uk/mistake-${i}.mdx`, source: `${intro}\n${m}\n` }));

describe('the admin’s MDX parser gives the content check the same verdict as satteri', () => {
  it.each([...texts, ...mistakes])('$file', async ({ file, source }) => {
    const browser = await browserCheckFile();
    const node = checkFile(source, file, codebook);
    expect(browser(source, file, codebook)).toEqual(node);
  });
});
