// Maps on a phone (375 px): every map, in both languages, names at least 22 of the 24
// oblasts with the registry's codes, in a readable size, none cut off by the map's edge.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { e2e } from './context.ts';
import { expandMapLabels } from './probes.ts';
import { withStrictPage } from './strict-page.ts';
import registry from '../../data/oblasts.json' with { type: 'json' };

const ctx = e2e();
const browser = useBrowser();

describe('maps at 375 px', () => {
  for (const [path, lang] of [
    ['/', 'uk'],
    ['/en/', 'en'],
  ] as const) {
    it(`labels at least 22 of 24 oblasts on every map of ${path}`, async () => {
      const oblasts = registry.units.filter((u) => u.kind === 'oblast').map((u) => u.map_code[lang]);
      await withStrictPage(browser(), ctx.origin, { viewport: { width: 375, height: 800 } }, async (s) => {
        await s.page.goto(`${ctx.origin}${path}`, { waitUntil: 'load' });
        await expandMapLabels(s.page);
        const maps = await s.page.locator('figure.uamap').evaluateAll((figs) =>
          figs.map((fig) => {
            const svg = fig.querySelector('.uamap-svg')!.getBoundingClientRect();
            const labels = [...fig.querySelectorAll<SVGTextElement>('.uamap-labels text')].filter(
              (t) => t.getBoundingClientRect().width > 0,
            );
            return {
              id: (fig as HTMLElement).dataset.map,
              texts: labels.map((t) => t.textContent ?? ''),
              smallest: Math.min(...labels.map((t) => t.getBoundingClientRect().height)),
              clipped: labels
                .filter((t) => {
                  const r = t.getBoundingClientRect();
                  return (
                    r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1
                  );
                })
                .map((t) => t.textContent),
            };
          }),
        );
        expect(maps.length).toBeGreaterThanOrEqual(1);
        for (const m of maps) {
          const shown = oblasts.filter((code) => m.texts.includes(code));
          const missing = oblasts.filter((code) => !shown.includes(code));
          expect(shown.length, `${m.id}: missing ${missing.join(', ')}`).toBeGreaterThanOrEqual(22);
          expect(m.clipped, m.id).toEqual([]);
          // A text box is ~1.2 em tall: ≥ 12 px means a font of at least 10 px.
          expect(m.smallest, m.id).toBeGreaterThanOrEqual(12);
        }
      });
    });
  }
});
