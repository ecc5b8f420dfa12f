import { describe, expect, it } from 'vitest';
import codebook from '../../../data/codebook.json' with { type: 'json' };
import type { Codebook } from '../types.ts';
import { checkMdxComponents } from './check-mdx.ts';

const cb = codebook as Codebook;

describe('checkMdxComponents', () => {
  it('accepts the components and ids of the codebook', () => {
    const body = 'Text <KeyFigure metric="respondents" inline />.\n\n<BarChart question="needs" />\n\n<ChoroplethMap metric="smart_readiness_index" />\n\n<DataTable metrics="has_cdto, top_priority" />\n\n<OblastRanking />';
    expect(checkMdxComponents(body, 'a.mdx', cb)).toEqual([]);
  });

  it('names the file, line, bad id and the valid ids', () => {
    const body = '---\ntitle: x\n---\n\nIntro\n\n<BarChart question="need" />\n';
    const [problem, ...rest] = checkMdxComponents(body, 'content/uk/03-needs.mdx', cb);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/uk/03-needs.mdx', line: 7 });
    expect(problem!.message).toContain('unknown id "need"');
    expect(problem!.message).toContain('needs, first_steps');
  });

  it('reports unknown components with the list of available ones', () => {
    const problems = checkMdxComponents('<ChoroplethMapp metric="respondents" />', 'x.mdx', cb);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/unknown component <ChoroplethMapp>.*<ChoroplethMap>/);
  });

  it('checks every id of a comma-separated list and every problem in a file', () => {
    const problems = checkMdxComponents('<DataTable metrics="has_cdto,nope" />\n<KeyFigure metric="bad" />', 'x.mdx', cb);
    expect(problems.map((p) => [p.line, p.message.match(/unknown id "(\w+)"/)?.[1]])).toEqual([
      [1, 'nope'],
      [2, 'bad'],
    ]);
  });
});
