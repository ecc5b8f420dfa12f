import { describe, expect, it } from 'vitest';
import codebook from '../../../data/codebook.json' with { type: 'json' };
import type { Codebook } from '../../../src/contract/types.ts';
import { embedGraphics, fallbackSection, graphicText, placements } from '../../../src/site/graphics.ts';
import { defaultHeight } from '../../../src/site/embed/height.ts';
import { readSiteData } from '../../../src/site/data.ts';

const fixture = readSiteData(new URL('../../fixtures/generated/', import.meta.url).pathname);

const cb = codebook as Codebook;

describe('embedGraphics', () => {
  it('has one map per mappable metric and one bar chart per question, ids from the codebook', () => {
    const ids = embedGraphics(cb).map((g) => g.id);
    expect(ids).toEqual([
      'map-strategy_adopted',
      'map-strategy_any',
      'map-has_cdto',
      'map-need_funding',
      'map-smart_readiness_index',
      'map-top_priority',
      'map-coverage',
      'ranking-smart_readiness_index',
      'bar-smart_strategy',
      'bar-priority_areas',
      'bar-needs',
      'bar-first_steps',
      'bar-solutions',
      'bar-has_cdto',
    ]);
  });

  it('leaves raw counts off the maps', () => {
    expect(embedGraphics(cb).some((g) => g.id === 'map-respondents')).toBe(false);
  });

  it('follows the codebook: a new question or metric gets its graphic', () => {
    const extra: Codebook = {
      ...cb,
      questions: [...cb.questions, { ...cb.questions[0]!, id: 'budget' }],
      metrics: [
        ...cb.metrics,
        {
          id: 'budget_yes',
          kind: 'share',
          question: 'budget',
          codes: ['adopted'],
          format: 'percent',
          scheme: 'sequential',
          label: { uk: 'x', en: 'x' },
        },
      ],
    };
    const ids = embedGraphics(extra).map((g) => g.id);
    expect(ids).toContain('bar-budget');
    expect(ids).toContain('map-budget_yes');
  });

  it('links each graphic to the report section that shows it, or its question, or the introduction', () => {
    const placed = placements([
      { section: 'strategy', graphics: ['bar-smart_strategy', 'map-strategy_adopted'] },
      { section: 'solutions', graphics: ['bar-solutions', 'map-has_cdto', 'map-strategy_adopted'] },
    ]);
    const section = Object.fromEntries(embedGraphics(cb, placed).map((g) => [g.id, g.section]));
    expect(section['map-strategy_adopted']).toBe('strategy');
    expect(section['map-strategy_any']).toBe('strategy'); // not shown; its question is
    expect(section['bar-has_cdto']).toBe('solutions'); // not shown; a map of its question is
    expect(section['bar-needs']).toBe(fallbackSection);
  });
});

describe('graphicText', () => {
  it('titles graphics with their finding and keeps the neutral label as the subtitle', () => {
    const [map] = embedGraphics(cb);
    const data = { ...fixture, codebook: cb };
    // the fixture's share is 34 %, a little over 1 in 3 — but its interval holds 1 in 3, so no "over"
    const adopted = fixture.national.metrics['strategy_adopted']!;
    expect(adopted.value).toBeCloseTo(0.341, 3);
    expect(adopted.ci![0]).toBeLessThan(1 / 3);
    expect(graphicText(map!, data, 'en')).toEqual({
      title: '1 in 3 communities has an adopted Smart City strategy',
      subtitle: 'Share of communities with an adopted Smart City strategy',
    });
    const bar = embedGraphics(cb).find((g) => g.id === 'bar-has_cdto')!;
    // the fixture's yes and no cannot be told apart: the title says so
    expect(graphicText(bar, data, 'uk').title).toMatch(/^Громад, що мають .* — майже порівну$/);
    expect(graphicText(bar, data, 'uk').subtitle).toBe(cb.questions.find((q) => q.id === 'has_cdto')!.label.uk);
  });
});

describe('defaultHeight', () => {
  it('grows with the number of bars', () => {
    const graphics = embedGraphics(cb);
    const h = (id: string) =>
      defaultHeight(
        graphics.find((g) => g.id === id)!,
        cb,
      );
    expect(h('bar-solutions')).toBeGreaterThan(h('bar-has_cdto'));
  });
});
