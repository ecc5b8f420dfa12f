// Which columns of a matched header say who answered and which hold the answers: what a
// totals row at the foot of a tally lacks and what it sums (records/row-kinds.ts).
import type { RowRoles } from '../records/row-kinds.ts';
import type { ColumnMatch } from './columns.ts';

/** The RowRoles of a header's matched columns. */
export function rowRoles(columns: readonly ColumnMatch[]): RowRoles {
  const identity: number[] = [];
  const answers: number[] = [];
  for (const c of columns) {
    const t = c.target;
    if (t.kind === 'field' && (t.id === 'community' || t.id === 'oblast')) identity.push(c.index);
    else if (t.kind === 'question' || t.kind === 'option' || t.kind === 'summary') answers.push(c.index);
  }
  return { identity, answers };
}
