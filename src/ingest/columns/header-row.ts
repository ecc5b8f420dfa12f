// Where the header is. Exports and team workbooks do not always start with it: a title, a
// subtitle, an empty row and merged group headings may stand above it; a tally sheet's
// header may be two rows (the question merged over its options, the options below);
// Qualtrics writes three (export tags, question texts, {"ImportId": …}). Each candidate
// among the first rows is scored by how many codebook fields, questions and options it
// matches; the first row keeps its place unless another candidate is strictly better.
import type { ImportMap, Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import type { CompiledCodebook } from '../records/codebook.ts';
import type { TableRow } from '../table/table.ts';
import { planColumns, type ColumnMatch } from './columns.ts';
import { detectShape, type Shape } from './shape.ts';

/** how far down a header is looked for */
const SEARCH_ROWS = 12;
/** how many columns of a candidate header are scored */
const SCORE_COLUMNS = 300;

export interface HeaderLocation {
  shape: Shape;
  /** the header rows as planColumns reads them (Qualtrics' three become one) */
  header: TableRow[];
  /** index in the table's rows of the first data row */
  dataStart: number;
  /** file-level notices: which row is the header, which tool wrote the file */
  notices: { code: string; message: Localized }[];
}

/** Qualtrics' export tags for its own columns: read under the tag, not the question text beside it. */
const QUALTRICS_TAGS = new Set([
  'StartDate',
  'EndDate',
  'Status',
  'IPAddress',
  'Progress',
  'Duration (in seconds)',
  'Finished',
  'RecordedDate',
  'ResponseId',
  'RecipientLastName',
  'RecipientFirstName',
  'RecipientEmail',
  'ExternalReference',
  'LocationLatitude',
  'LocationLongitude',
  'DistributionChannel',
  'UserLanguage',
]);
const IMPORT_ID = /^\{\s*"ImportId"\s*:/;
/** Qualtrics' suffix on the text of a choice question's answer column */
const SELECTED_CHOICE = /\s+-\s+Selected Choice$/i;

/**
 * Finds the header rows of `rows` (non-blank table rows). `forced` is the mapping file's
 * shape, if any. Never fails: with no better candidate the first row is the header.
 */
export function locateHeader(
  rows: TableRow[],
  codebook: CompiledCodebook,
  map: ImportMap | null,
  mapFile: string,
): HeaderLocation {
  const ids = new Set(codebook.columns);
  const qualtrics = rows.findIndex((r, i) => i < SEARCH_ROWS && r.cells.some((c) => IMPORT_ID.test(c.trim())));
  if (qualtrics >= 2 && map?.shape === undefined) {
    const [tags, texts] = [rows[qualtrics - 2]!, rows[qualtrics - 1]!];
    const cells = texts.cells.map((text, i) => {
      const tag = (tags.cells[i] ?? '').trim();
      return QUALTRICS_TAGS.has(tag) ? tag : text.replace(SELECTED_CHOICE, '');
    });
    return {
      shape: 'qualtrics',
      // Numbered as the {"ImportId"} row: the rows up to it are all header.
      header: [{ row: rows[qualtrics]!.row, cells }],
      dataStart: qualtrics + 1,
      notices: [{ code: 'header_rows', message: localized((c) => c.ingest.qualtricsHeader(texts.row)) }],
    };
  }
  const score = (header: TableRow[], shape: Shape) => {
    // A prefix of the columns tells the header apart; a 100,000-column row need not be planned 24 times.
    const cells = header.map((r) => r.cells.slice(0, SCORE_COLUMNS));
    const plan = planColumns({ headerRows: cells, shape, codebook, map, mapFile });
    const targets = new Set(
      plan.columns.flatMap((c) => {
        const t = c.target;
        if (t.kind === 'ignored') return [];
        return [JSON.stringify(t)];
      }),
    );
    return targets.size;
  };
  const first = detectShape(rows[0]?.cells ?? [], rows[1]?.cells, ids);
  const firstShape = map?.shape ?? first.shape;
  const firstCount = firstShape === 'surveymonkey' ? 2 : 1;
  let best = { start: 0, count: firstCount, shape: firstShape, score: score(rows.slice(0, firstCount), firstShape) };
  for (let start = 0; start < Math.min(SEARCH_ROWS, rows.length - 1); start++) {
    for (const count of [1, 2]) {
      if (start === 0 && count === firstCount) continue;
      const header = rows.slice(start, start + count);
      if (header.length < count || start + count >= rows.length) continue;
      const shape =
        map?.shape ??
        (count === 2
          ? 'generic'
          : detectShape(header[0]!.cells.slice(0, SCORE_COLUMNS), rows[start + 1]?.cells.slice(0, SCORE_COLUMNS), ids)
              .shape);
      // Two rows are a question merged over its options, read the way SurveyMonkey's pair is;
      // a team's tally is no SurveyMonkey export, so it is named generic.
      // At an equal score one row beats a pair: a title above a header adds nothing to it.
      const s = score(header, shape);
      const fewer = s === best.score && count < best.count && best.shape === 'generic';
      if (s > best.score || fewer) best = { start, count, shape, score: s };
    }
  }
  const header = rows.slice(best.start, best.start + best.count);
  const notices: HeaderLocation['notices'] = [];
  if (best.start > 0 || best.count !== firstCount) {
    const above = rows.slice(0, best.start).map((r) => r.row);
    notices.push({
      code: 'header_rows',
      message: localized((c) =>
        c.ingest.headerFound(header.map((r) => r.row).join('–'), above.length > 0 ? above.join(', ') : null),
      ),
    });
  }
  if (best.score === 0 && rows.length > 1) {
    // No row matched a single column: say where the header was looked for, so that a header
    // below the searched rows (a long title block) is found by deleting the rows above it.
    const searched = rows.slice(0, Math.min(SEARCH_ROWS, rows.length)).map((r) => r.row);
    notices.push({
      code: 'header_not_found',
      message: localized((c) => c.ingest.headerNotFound(`${searched[0]}–${searched.at(-1)}`)),
    });
  }
  return { shape: best.shape, header, dataStart: best.start + best.count, notices };
}

/**
 * Choice questions whose answers are all numbers: a Qualtrics download with "Use numeric
 * values" (recode values instead of the choices' text). Returns the headers, in order.
 */
export function qualtricsNumericColumns(
  dataRows: TableRow[],
  columns: ColumnMatch[],
  codebook: CompiledCodebook,
): string[] {
  return columns
    .filter((c) => {
      const t = c.target;
      const q = t.kind === 'question' ? codebook.question.get(t.id)?.question : undefined;
      if (!q || q.type === 'boolean') return false;
      const cells = dataRows.map((r) => (r.cells[c.index] ?? '').trim()).filter((v) => v.length > 0);
      return cells.length > 0 && cells.every((v) => /^\d+(?:\s*,\s*\d+)*$/.test(v));
    })
    .map((c) => c.header);
}
