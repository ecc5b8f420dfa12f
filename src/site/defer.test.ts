import { describe, expect, it } from 'vitest';
import { deferDisclosures } from './defer.ts';

const table =
  '<table><caption>Області</caption><tr><th scope="row"><a href="/oblasts/ua-05/">Вінницька</a></th><td>10 %</td></tr></table>';

describe('deferDisclosures', () => {
  it('wraps what follows the summary of a marked disclosure in a noscript', () => {
    const html = `<p>до</p><details class="data-table" data-defer><summary class="table-toggle"><span>Показати таблицю</span></summary><div class="scroll">${table}</div></details><p>після</p>`;
    expect(deferDisclosures(html)).toBe(
      `<p>до</p><details class="data-table" data-defer><summary class="table-toggle"><span>Показати таблицю</span></summary><noscript data-deferred><div class="scroll">${table}</div></noscript></details><p>після</p>`,
    );
  });

  it('leaves unmarked disclosures and the rest of the page byte for byte', () => {
    const html = `<details class="data-table"><summary>Show</summary>${table}</details><details data-deferred-not><summary>x</summary>y</details>`;
    expect(deferDisclosures(html)).toBe(html);
  });

  it('handles every marked disclosure of a page, and one nested inside another marked one once', () => {
    const inner = `<details data-defer><summary>b</summary>${table}</details>`;
    const html = `<details data-defer><summary>a</summary>${inner}</details><details data-defer=""><summary>c</summary>${table}</details>`;
    expect(deferDisclosures(html)).toBe(
      `<details data-defer><summary>a</summary><noscript data-deferred>${inner}</noscript></details>` +
        `<details data-defer=""><summary>c</summary><noscript data-deferred>${table}</noscript></details>`,
    );
  });

  it('keeps content that a noscript cannot hold (a script, another noscript) and disclosures without a summary or an end', () => {
    const cases = [
      `<details data-defer><summary>a</summary><script>x()</script>${table}</details>`,
      `<details data-defer><summary>a</summary><noscript>no</noscript></details>`,
      `<details data-defer>${table}</details>`,
      `<details data-defer><summary>a</summary>${table}`,
      `<details data-defer><summary>a</summary>  </details>`,
    ];
    for (const html of cases) expect(deferDisclosures(html)).toBe(html);
  });
});
