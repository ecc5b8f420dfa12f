import type { Codebook } from '../types.ts';

/** Key figures that are not codebook metrics but national facts of the run. */
export const extraKeyFigures = [
  'oblasts_covered',
  'oblasts_ranked',
  'leader',
  'min_respondents',
  'communities_total',
] as const;

/**
 * The components an editor may use in MDX, and which attribute names an id
 * from the codebook. Kept as data so the build can check MDX before rendering
 * and tell the editor exactly which id is wrong.
 */
export function componentIdRules(codebook: Codebook): Record<string, Record<string, string[]>> {
  const metrics = codebook.metrics.map((m) => m.id);
  const questions = codebook.questions.map((q) => q.id);
  return {
    ChoroplethMap: { metric: metrics },
    BarChart: { question: questions },
    KeyFigure: { metric: [...metrics, ...extraKeyFigures], question: questions },
    OblastRanking: {},
    Breakdown: { by: (codebook.breakdowns ?? []).map((b) => b.id), question: questions },
    DataTable: { metrics: metrics },
    IndexExplanation: {},
    CommunityList: {},
  };
}
