// Graphic weights: outermost elements only, the page's shared geometry left out of the map that carries it.
import { describe, expect, it } from 'vitest';
import {
  REPORT_DOM_BUDGET,
  domBudgetProblems,
  elementCount,
  graphicBudgetProblems,
  graphicWeights,
  outerRanges,
  withoutElements,
} from './graphics.ts';

describe('outerRanges', () => {
  it('finds outermost elements, nested and self-closing ones included in their parent', () => {
    const html = '<p><svg a><svg b><path/></svg></svg><svg c/><svg d></svg></p>';
    expect(outerRanges(html, 'svg').map(([s, e]) => html.slice(s, e))).toEqual([
      '<svg a><svg b><path/></svg></svg>',
      '<svg c/>',
      '<svg d></svg>',
    ]);
  });

  it('does not take <svgx> or </svg> without an opening tag for an svg', () => {
    expect(outerRanges('<svgx></svgx></svg>', 'svg')).toEqual([]);
  });
});

describe('elementCount', () => {
  it('counts what a browser with scripting on builds: a noscript, not the elements written inside it', () => {
    const html =
      '<main><details><summary>s</summary><noscript data-deferred><table><tr><td>1</td></tr></table></noscript></details></main>';
    expect(elementCount(html)).toBe(4);
  });
});

describe('withoutElements', () => {
  it('drops only the elements selected by their opening tag', () => {
    const html = '<svg class="uamap-defs"><path/></svg><svg class="x"></svg>';
    expect(withoutElements(html, 'svg', (tag) => tag.includes('uamap-defs'))).toBe('<svg class="x"></svg>');
  });
});

describe('graphicWeights', () => {
  const html =
    '<main><figure class="uamap big" data-map="map-a"><svg class="uamap-defs"><path/><path/></svg>' +
    '<svg class="uamap-defs uamap-labeldefs"><g><text>A</text></g></svg><svg><g></g></svg></figure>' +
    '<figure class="chart" data-chart-figure="bar-b"><figure class="inner"></figure></figure></main>';
  const weights = graphicWeights(html);

  it('measures each outermost figure by its first class and id, without the shared geometry and label sets', () => {
    expect(weights.map(({ kind, id, elements }) => ({ kind, id, elements }))).toEqual([
      { kind: 'uamap', id: 'map-a', elements: 3 },
      { kind: 'chart', id: 'bar-b', elements: 2 },
    ]);
    expect(weights[0].bytes).toBe('<figure class="uamap big" data-map="map-a"><svg><g></g></svg></figure>'.length);
  });

  it('names every graphic over its budget and nothing within it', () => {
    expect(graphicBudgetProblems('/', weights)).toEqual([]);
    // a map with labels of its own again (~55 elements more than the 84 of a map that shows the page's)
    const heavy = { ...weights[0], elements: 84 + 55, gzip: 4 * 1024 };
    expect(graphicBudgetProblems('/en/', [heavy])).toEqual([
      '/en/ uamap map-a: 4.0 KB gzip exceeds the uamap budget of 3.8 KB',
      '/en/ uamap map-a: 139 elements exceed the uamap budget of 120',
    ]);
    // a bar chart drawn with an element per mark again (8 per bar, 10 bars) is over its budget
    const perMark = { kind: 'chart', id: 'bar-x', elements: 12 + 8 * 10, bytes: 0, gzip: 0 };
    expect(graphicBudgetProblems('/', [perMark])).toEqual(['/ chart bar-x: 92 elements exceed the chart budget of 60']);
  });
});

describe('domBudgetProblems', () => {
  const page = (n: number) => `<html><body>${'<p></p>'.repeat(n - 2)}</body></html>`;

  it('holds the report pages to their element budget, counting what scripting-on readers build', () => {
    expect(domBudgetProblems('/', 'report', page(REPORT_DOM_BUDGET))).toEqual([]);
    expect(domBudgetProblems('/en/', 'report', page(REPORT_DOM_BUDGET + 1))).toEqual([
      `/en/: ${REPORT_DOM_BUDGET + 1} DOM elements exceed the report budget of ${REPORT_DOM_BUDGET}`,
    ]);
    const deferred = page(REPORT_DOM_BUDGET).replace('<p></p>', '<noscript data-deferred><p></p><p></p></noscript>');
    expect(domBudgetProblems('/', 'report', deferred)).toEqual([]);
  });

  it('leaves pages that grow with the data to their byte budgets', () => {
    expect(domBudgetProblems('/find/', 'other', page(REPORT_DOM_BUDGET * 2))).toEqual([]);
  });
});
