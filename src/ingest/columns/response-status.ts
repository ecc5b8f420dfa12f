// Columns where a survey tool says a row is no real response: Qualtrics' `Status` ("Survey
// Preview", "Survey Test", "Spam" — the survey's authors trying it, or a filtered bot) and
// ODK Central's `ReviewState` ("rejected" by a reviewer). Such rows are skipped with a notice
// (pipeline.ts), never counted. Sources: Qualtrics "Response Export: Status" (support page
// "Data Export Formats"), ODK Central "Submission review states" (docs.getodk.org).
import { headerKey } from './header-key.ts';

/** header → the cell values (lower case) that mark a row as no real response */
const STATUS_COLUMNS = new Map<string, ReadonlySet<string>>([
  [headerKey('Status'), new Set(['survey preview', 'survey test', 'spam'])],
  [headerKey('Response Type'), new Set(['survey preview', 'survey test', 'spam'])],
  [headerKey('ReviewState'), new Set(['rejected'])],
]);

export interface StatusColumn {
  index: number;
  header: string;
  notResponses: ReadonlySet<string>;
}

/** The status columns among `headers` (0-based positions). */
export function responseStatusColumns(headers: readonly string[]): StatusColumn[] {
  return headers.flatMap((header, index) => {
    const notResponses = STATUS_COLUMNS.get(headerKey(header));
    return notResponses ? [{ index, header, notResponses }] : [];
  });
}

/** The status column and value that mark `cells` as no real response, or null. */
export function notAResponse(
  columns: readonly StatusColumn[],
  cells: readonly string[],
): { column: string; value: string } | null {
  for (const c of columns) {
    const value = (cells[c.index] ?? '').trim();
    if (c.notResponses.has(value.toLowerCase())) return { column: c.header, value };
  }
  return null;
}
