import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tableLabelClass, tableLabelCss, withTableLabelStyle, type TableLabelHolder } from './table-labels.ts';

describe('tableLabelClass', () => {
  it('gives the same names the same class, in any order of registration', () => {
    const a: TableLabelHolder = {};
    const b: TableLabelHolder = {};
    const x = tableLabelClass(a, [null, 'Значення', '95 % інтервал']);
    const y = tableLabelClass(a, [null, 'Частка']);
    expect(tableLabelClass(b, [null, 'Частка'])).toBe(y);
    expect(tableLabelClass(b, [null, 'Значення', '95 % інтервал'])).toBe(x);
    expect(x).not.toBe(y);
    expect(x).toMatch(/^tl-[0-9A-Za-z]{7}$/);
    expect(tableLabelCss(a.tableLabels!)).toBe(tableLabelCss(b.tableLabels!));
    expect(a.tableLabels!.size).toBe(2);
  });

  it('labels a table of any width (a breakdown has as many columns as the codebook has groups)', () => {
    const holder: TableLabelHolder = {};
    const name = tableLabelClass(holder, [null, ...Array.from({ length: 12 }, (_, i) => `Група ${i + 1}`)]);
    expect(tableLabelCss(holder.tableLabels!)).toContain(`.${name} td:nth-child(13){--label:"Група 12"}`);
  });
});

describe('tableLabelCss', () => {
  it('numbers the columns as nth-child does and skips those without a name', () => {
    const holder: TableLabelHolder = {};
    const name = tableLabelClass(holder, ['Ранг · межі', null, 'Значення "x"']);
    expect(tableLabelCss(holder.tableLabels!)).toBe(
      `.${name} td:nth-child(1){--label:"Ранг · межі"}.${name} td:nth-child(3){--label:"Значення \\"x\\""}`,
    );
    expect(tableLabelCss(new Map())).toBe('');
  });
});

describe('withTableLabelStyle', () => {
  const page = (policy: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{}</style></head><body></body></html>`;

  it('adds the style at the end of <head> and its hash to style-src', () => {
    const css = '.tl-a{--c2:"x"}';
    const hash = createHash('sha256').update(css).digest('base64');
    const out = withTableLabelStyle(
      page("default-src 'self'; style-src 'self' 'sha256-A='; style-src-elem 'none'"),
      css,
    );
    expect(out).toContain(`<style>${css}</style></head>`);
    expect(out).toContain(`style-src 'self' 'sha256-A=' 'sha256-${hash}';`);
    expect(out).toContain("style-src-elem 'none'");
  });

  it('keeps a page without a policy as it is apart from the style, and one without labels untouched', () => {
    expect(withTableLabelStyle('<head></head>', '.a{}')).toBe('<head><style>.a{}</style></head>');
    expect(withTableLabelStyle(page("style-src 'self'"), '')).toBe(page("style-src 'self'"));
  });

  it('refuses a page whose policy would block the style, or without a head', () => {
    expect(() => withTableLabelStyle(page("default-src 'self'"), '.a{}')).toThrow(/style-src/);
    expect(() => withTableLabelStyle('<body></body>', '.a{}')).toThrow(/head/);
  });
});
