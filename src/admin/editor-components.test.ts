import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../site/content/check-content.ts';
import { components } from '../site/content/components.ts';
import { loadCodebook } from '../ingest/records/codebook.ts';
import { componentForms, parseTag, writeTag } from './editor-components.ts';
import { checkEntry, entrySource } from './save-check.ts';

const codebook = loadCodebook(join(process.cwd(), 'data', 'codebook.json'));
const forms = componentForms(codebook);
const form = (name: string) => forms.find((f) => f.name === name)!;

describe('editor components from the registry and the codebook', () => {
  it('has one form per registry component, with every attribute', () => {
    expect(forms.map((f) => f.name)).toEqual(Object.keys(components));
    for (const f of forms) expect(f.fields.map((x) => x.name)).toEqual(Object.keys(components[f.name]!.attributes));
  });

  it('lists the real map ids with their Ukrainian names', () => {
    const metric = form('ChoroplethMap').fields.find((f) => f.name === 'metric')!;
    expect(metric.options).toContainEqual({ value: 'has_cdto', label: 'Частка громад із призначеним CDTO (has_cdto)' });
    expect(metric.required).toBe(true);
  });

  it('reads back every component tag written on its own line in content/ unchanged', () => {
    for (const lang of ['uk', 'en']) {
      for (const name of readdirSync(join('content', lang))) {
        const text = readFileSync(join('content', lang, name), 'utf8');
        for (const [tag] of text.matchAll(/^<([A-Z]\w+)[^\n]*\/>$/gm)) {
          const f = form(/^<(\w+)/.exec(tag)![1]!);
          const props = parseTag(f, tag);
          expect(props, tag).not.toBeNull();
          expect(parseTag(f, writeTag(f, props!)), tag).toEqual(props);
        }
      }
    }
  });

  it('writes MDX the content check accepts', () => {
    const intro = readFileSync('content/uk/00-intro.mdx', 'utf8');
    const tags = [
      writeTag(form('ChoroplethMap'), { metric: 'has_cdto', title: 'Карта "CDTO"' }),
      writeTag(form('BarChart'), { question: 'needs', sort: 'share' }),
      writeTag(form('DataTable'), { metrics: ['has_cdto', 'need_funding'] }),
    ];
    expect(tags[0]).toBe('<ChoroplethMap metric="has_cdto" title="Карта ”CDTO”" />');
    const source = `${intro}\n${tags.join('\n\n')}\n`;
    expect(checkFile(source, 'content/uk/x.mdx', codebook).problems).toEqual([]);
  });
});

describe('the check before a save', () => {
  it('rebuilds a text exactly as it is on disk from its fields', () => {
    const text = readFileSync('content/uk/03-needs.mdx', 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(text)!;
    const fields = Object.fromEntries(
      front!
        .trim()
        .split('\n')
        .map((l) => l.split(/: (.*)/).slice(0, 2)),
    );
    fields.order = Number(fields.order);
    expect(entrySource({ ...fields, body: body! })).toBe(text);
  });

  it('refuses {частка} and <script> in either language, naming the file and line', () => {
    const fields = {
      title: 'T',
      description: 'D',
      page: 'report',
      order: 9,
      section: 'x',
      body: 'Це {частка}.\n\n<script>x</script>\n',
    };
    const problems = checkEntry({ uk: fields, en: { ...fields, body: 'Fine.\n' } }, 'new', codebook);
    expect(problems.map((p) => [p.file, p.line, p.rule, p.text])).toEqual([
      ['content/uk/new.mdx', 9, 'mdx/expression-in-text', 'Це {частка}.'],
      ['content/uk/new.mdx', 11, 'html/element', '<script>x</script>'],
    ]);
  });
});
