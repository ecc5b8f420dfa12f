import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../../quality/validate-html.ts';
import { page } from './fixture-site.ts';

describe('htmlProblems', () => {
  it('accepts valid HTML', async () => {
    expect(await htmlProblems(page('<main><h1>Звіт</h1><p>Текст</p></main>'))).toEqual([]);
  });

  it('reports invalid HTML with rule and position', async () => {
    const problems = await htmlProblems(
      page('<h1>x</h1><div id="a"></div><div id="a"></div><p><div>block in p</div></p>'),
    );
    expect(problems.some((p) => p.startsWith('no-dup-id '))).toBe(true);
    expect(problems.length).toBeGreaterThan(1);
  });
});
