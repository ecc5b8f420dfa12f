import { describe, expect, it } from 'vitest';
import { structureProblems } from '../../quality/structure.ts';
import { page } from './fixture-site.ts';

const notice = '<p data-illustrative-notice>Ілюстративні дані</p>';
const ok = page(`<h1>Звіт</h1>${notice}<div id="a"></div><div id="b"></div>`);

describe('structureProblems', () => {
  it('accepts a well-formed page', () => {
    expect(structureProblems(ok, { illustrative: true })).toEqual([]);
  });

  it('requires exactly one non-empty h1', () => {
    expect(structureProblems(page(`${notice}`), { illustrative: true })).toEqual([
      'expected exactly one <h1>, found 0',
    ]);
    expect(structureProblems(page(`<h1>a</h1><h1>b</h1>${notice}`), { illustrative: true })).toEqual([
      'expected exactly one <h1>, found 2',
    ]);
    expect(structureProblems(page(`<h1> </h1>${notice}`), { illustrative: true })).toEqual(['<h1> is empty']);
  });

  it('requires lang, title and description', () => {
    const bare = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>x</h1></body></html>`;
    expect(structureProblems(bare, { illustrative: false })).toEqual([
      '<html> has no lang attribute',
      'expected one non-empty <title> in <head>',
      'expected one non-empty <meta name="description">',
    ]);
  });

  it('finds duplicate ids', () => {
    expect(
      structureProblems(page('<h1>x</h1><p id="k"></p><svg><g id="k"></g></svg>'), { illustrative: false }),
    ).toEqual(['duplicate id "k"']);
  });

  it('finds inline handlers and javascript: URLs', () => {
    const bad = page(
      '<h1>x</h1><img src="a.png" alt="" onerror="alert(1)"><svg onload="alert(1)"></svg><a href="javascript:alert(1)">x</a>',
    );
    expect(structureProblems(bad, { illustrative: false })).toEqual([
      '<img> carries inline handler onerror="alert(1)"',
      '<svg> carries inline handler onload="alert(1)"',
      '<a> has a javascript: URL in href',
    ]);
  });

  it('text that merely looks like a payload is not an element', () => {
    const escaped = page('<h1>x</h1><li>&lt;img src=x onerror=alert(1)&gt;</li>');
    expect(structureProblems(escaped, { illustrative: false })).toEqual([]);
  });

  it('requires a visible illustrative notice when the data is illustrative', () => {
    expect(structureProblems(page('<h1>x</h1>'), { illustrative: true })).toEqual([
      'illustrative-data notice ([data-illustrative-notice]) is missing',
    ]);
    expect(
      structureProblems(page('<h1>x</h1><p data-illustrative-notice hidden>n</p>'), { illustrative: true }),
    ).toEqual(['illustrative-data notice has no visible text']);
    expect(structureProblems(page('<h1>x</h1>'), { illustrative: false })).toEqual([]);
  });
});
