// Bytes are deterministic, so budgets are tests. The table prints on every run.
import { describe, expect, it } from 'vitest';
import { budgetProblems, pageWeight } from '../../scripts/site-check/budgets.ts';
import { domBudgetProblems } from '../../scripts/site-check/graphics.ts';
import { formatSizeTable } from '../quality/size-table.ts';
import { builtSites } from './site.ts';

const [site] = builtSites();
const weights = site.pages.filter((p) => p.route.endsWith('/')).map((p) => pageWeight(site.layout, p.route, p.html));

describe('page weight budgets (gzip)', () => {
  it('prints the size table', () => {
    console.log(`\n${formatSizeTable(weights)}\n`);
    expect(weights.length).toBeGreaterThan(0);
  });

  it.each(weights)('$route stays within the $kind budget', (w) => {
    expect(budgetProblems(w)).toEqual([]);
  });
});

describe('DOM budget of the report pages', () => {
  // The build only warns when an editor's text grows the report past it (scripts/check-budgets.ts);
  // the shipped text and code must stay within it.
  it.each(site.pages.filter((p) => p.route.endsWith('/')))('$route stays within it', ({ route, html }) => {
    expect(domBudgetProblems(route, pageWeight(site.layout, route, html).kind, html)).toEqual([]);
  });
});
