// The JSON files the site is built from. Key order follows construction order
// (codebook and registry order), which is deterministic; no timestamps, no paths.
import type { RunMeta } from '../../contract/types.ts';
import type { Aggregates } from '../aggregate/aggregate.ts';

export const OUTPUT_FILES = ['oblasts.json', 'national.json', 'communities.json', 'meta.json'] as const;

export function renderOutputs(aggregates: Aggregates, meta: RunMeta): Record<(typeof OUTPUT_FILES)[number], string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
  return {
    'oblasts.json': json(aggregates.oblasts),
    'national.json': json(aggregates.national),
    'communities.json': json(aggregates.communities),
    'meta.json': json(meta),
  };
}
