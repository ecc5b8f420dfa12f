import { describe, expect, it } from 'vitest';
import { textBlock } from './svg-text.ts';

const lines = (markup: string) => [...markup.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);

describe('textBlock', () => {
  it('wraps at spaces but never at a no-break space («48 %», «10 000»)', () => {
    const text = 'Найчастіші пріоритети — електронне врядування (48\u00a0%) і 10\u202f000 громад';
    for (const width of [120, 160, 200, 260, 320]) {
      const got = lines(textBlock(text, { x: 0, y: 0, width, size: 16, lineHeight: 20, fill: '#000' }).markup);
      expect(got.join(' ')).toBe(text);
      for (const line of got) {
        expect(line).not.toMatch(/^%|^000/);
        expect(line).not.toMatch(/\(48$|10$/);
      }
    }
  });
});
