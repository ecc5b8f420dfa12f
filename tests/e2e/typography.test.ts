// Typography on a phone (375 px): no word in visible text breaks across lines without a
// hyphen, and no number or range is split. Measured from the line boxes the browser laid out:
// each word's Range.getClientRects(); a word whose boxes sit on different lines must break
// right after a soft hyphen (U+00AD, drawn as "-") or a hard hyphen between letters.
import { describe, expect, it } from 'vitest';
import { openDisclosures } from './probes.ts';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { withStrictPage } from './strict-page.ts';

const ctx = e2e();
const browser = useBrowser();

const PAGES = ['/', '/en/', '/press/', '/oblasts/ua-46/', '/en/oblasts/ua-46/', '/embed/map-top_priority/'];

/** Runs in the page: every visible word that breaks badly, as "word ⟂ where it broke". */
function badBreaks(): string[] {
  const bad: string[] = [];
  const clipped = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const box = e.getBoundingClientRect();
      if (getComputedStyle(e).clipPath !== 'none' || (box.width <= 1 && box.height <= 1)) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const topOf = (node: Text, start: number, end: number): number[] => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.top);
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    // SVG text does not wrap; script/style are not shown; visually hidden text does not wrap either.
    if (!parent || parent.closest('svg, script, style, .visually-hidden')) continue;
    // …nor text clipped away for screen readers only (a reflowed table's header row on a phone)
    if (clipped(parent)) continue;
    const text = node.data;
    // Words: runs between ordinary spaces (a no-break space is not a break opportunity).
    for (const m of text.matchAll(/[^ \t\n\r]+/g)) {
      const word = m[0];
      const start = m.index;
      const tops = topOf(node, start, start + word.length);
      if (tops.length < 2 || Math.max(...tops) - Math.min(...tops) < 2) continue;
      // Addresses may break after "/" and the like; they are not words.
      if (/:\/\/|@|www\./.test(word)) continue;
      // Find where the line changes and look at the character before it. A character's own
      // box is its range's last one (the range of the letter after a soft hyphen also holds
      // the drawn hyphen, on the line before).
      let line = tops[0]!;
      for (let i = 1; i < word.length; i++) {
        const top = topOf(node, start + i, start + i + 1).at(-1);
        if (top === undefined || Math.abs(top - line) < 2) continue;
        line = top;
        const before = word[i - 1]!;
        const prev = word[i - 2] ?? '';
        const next = word[i] ?? '';
        const ok =
          before === '\u00ad' ||
          ((before === '-' || before === '‐' || before === '–' || before === '—') &&
            /\p{L}/u.test(prev) &&
            /\p{L}/u.test(next));
        if (!ok) bad.push(`${word.replace(/\u00ad/g, '')} ⟂ ${word.slice(0, i).replace(/\u00ad/g, '')}|`);
      }
    }
  }
  return bad;
}

describe('typography at 375 px', () => {
  for (const path of PAGES) {
    it(`breaks no word without a hyphen and no number on ${path}`, async () => {
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
        await s.page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
        // Open every folded table: their cells are text readers see too.
        await openDisclosures(s.page);
        await s.page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        const bad = await s.page.evaluate(badBreaks);
        expect(bad).toEqual([]);
      });
    });
  }
});
