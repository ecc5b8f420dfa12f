// The safety net: after a run, every data row must be counted exactly once — used,
// skipped (with its reason) or rejected — and the results must count exactly the rows
// used. A run that does not add up publishes nothing, whatever went wrong upstream.
import type { Localized, SurveyRecord } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';

export interface RowCounts {
  /** data rows of the sheet (below the header), blank ones included */
  dataRows: number;
  rowsRead: number;
  rowsValid: number;
  rowsSkipped: number;
  rowsRejected: number;
  records: SurveyRecord[];
  /** respondents the aggregates count nationally, or null when nothing was aggregated */
  counted: number | null;
}

/** The messages (empty when the counts add up) saying how the counts of a run disagree. */
export function checkRowAccounting(c: RowCounts): Localized[] {
  const out: Localized[] = [];
  const sum = c.rowsValid + c.rowsSkipped + c.rowsRejected;
  if (c.rowsRead !== c.dataRows || c.rowsRead !== sum)
    out.push(
      localized((m) =>
        m.ingest.rowCountMismatch(Math.max(c.rowsRead, c.dataRows), c.rowsValid, c.rowsSkipped, c.rowsRejected),
      ),
    );
  const distinct = new Set(c.records.map((r) => r.row)).size;
  if (distinct !== c.records.length || c.records.length !== c.rowsValid)
    out.push(localized((m) => m.ingest.recordsMismatch(c.rowsValid, distinct)));
  else if (c.counted !== null && c.counted !== c.rowsValid)
    out.push(localized((m) => m.ingest.recordsMismatch(c.rowsValid, c.counted!)));
  return out;
}
