// Rows of an export → rows in codebook terms: one text cell per codebook field and
// question, in codebook order, ready for the one validator. Columns holding one option
// each are folded into a "code|code" list; the tool's id or the row number stands in
// for a missing respondent id; a geopoint gives lat and lon.
import type { CompiledCodebook } from '../records/codebook.ts';
import type { Localized } from '../../contract/types.ts';
import { textKey } from '../../text/text-key.ts';
import { parseChoice } from '../records/cells.ts';
import type { ColumnMatch, ColumnPlan } from './columns.ts';
import { localized } from '../../i18n/index.ts';

interface RowProblem {
  column: string;
  value: string;
  code: string;
  message: Localized;
}
export interface Adapter {
  /** the codebook's column ids, in the order toRow fills them */
  ids: string[];
  /** the header as written in the file for each id read from it */
  columnName: Map<string, string>;
  respondentId: 'ours' | 'tool' | 'row';
  toRow(cells: string[], row: number): { cells: string[]; problems: RowProblem[] };
}

// What survey tools write in a column that stands for one option.
const CHOSEN = new Set([
  '1',
  'y',
  'yes',
  'так',
  'true',
  'x',
  'х',
  '✓',
  '✔',
  '+',
  'істина',
  'вибрано',
  'selected',
  'checked',
]);
const NOT_CHOSEN = new Set(['0', 'n', 'no', 'ні', 'false', 'хиба', 'хибність', '-', 'not selected', 'не вибрано']);
/** a cell of a one-option column that is neither a mark nor empty */
const OPTION_MARKER: Localized = localized((c) => c.ingest.cells.optionMarker);

/** Builds the adapter for a matched header. `fileWidth` is the header's width. */
export function createAdapter(plan: ColumnPlan, cb: CompiledCodebook): Adapter {
  const ids = [...cb.fields.map((f) => f.id), ...cb.questions.map((q) => q.question.id)];
  const single = new Map<string, ColumnMatch>();
  const otherText = new Map<string, ColumnMatch>();
  const options = new Map<string, ColumnMatch[]>();
  const summary = new Map<string, ColumnMatch>();
  let toolId: ColumnMatch | null = null;
  let geopoint: ColumnMatch | null = null;
  for (const c of plan.columns) {
    const t = c.target;
    if (t.kind === 'field' || t.kind === 'question') single.set(t.id, c);
    else if (t.kind === 'option') options.set(t.question, [...(options.get(t.question) ?? []), c]);
    else if (t.kind === 'other_text') otherText.set(t.question, c);
    else if (t.kind === 'summary') summary.set(t.question, c);
    else if (t.kind === 'tool_id') toolId = c;
    else if (t.kind === 'geopoint') geopoint = c;
  }
  const columnName = new Map<string, string>();
  for (const [id, c] of single) columnName.set(id, c.header);
  for (const [id, cs] of options) columnName.set(id, cs[0]!.header.split(' / ')[0]!.replace(/\s*\[[^\]]*\]$/, ''));
  // A question read from its option columns is named by its summary column when it has one:
  // the user knows that header (a Kobo `priority_areas/education` names one option only).
  for (const c of plan.columns) if (c.target.kind === 'summary') columnName.set(c.target.question, c.header);
  const respondentId = single.has('respondent_id') ? 'ours' : toolId ? 'tool' : 'row';
  if (toolId) columnName.set('respondent_id', toolId.header);
  const useGeo = geopoint !== null && !single.has('lat') && !single.has('lon');
  if (useGeo) for (const id of ['lat', 'lon']) columnName.set(id, geopoint!.header);

  const fill: ((cells: string[], row: number, problems: RowProblem[]) => string)[] = ids.map((id) => {
    const c = single.get(id);
    const extra = otherText.get(id);
    // The "other" text joins the answers as one more part, which the question reads as "other".
    if (c && extra)
      return (cells) => {
        const text = (cells[extra.index] ?? '').replace(/[|;]/g, ',');
        // No "other" text: the answer alone, so a missing answer is quoted as empty, not as «|».
        return text.trim() === '' ? (cells[c.index] ?? '') : `${cells[c.index] ?? ''}|${text}`;
      };
    if (c) return (cells) => cells[c.index] ?? '';
    if (id === 'respondent_id') {
      if (toolId) return (cells) => cells[toolId!.index] ?? '';
      return (_cells, row) => `row-${row}`;
    }
    if (useGeo && (id === 'lat' || id === 'lon')) {
      const k = id === 'lat' ? 0 : 1;
      return (cells) => (cells[geopoint!.index] ?? '').trim().split(/\s+/)[k] ?? '';
    }
    const cols = options.get(id);
    if (cols) {
      const q = cb.question.get(id)!;
      // Options without a column of their own (an export, or a team's sheet, with columns for
      // some options only) are read from the summary column, where there is one.
      const covered = new Set(cols.map((col) => (col.target as { code: string }).code));
      const rest = summary.get(id);
      const fromSummary =
        rest !== undefined && q.codes.some((code) => !covered.has(code))
          ? (cells: string[], problems: RowProblem[]): string[] => {
              const raw = cells[rest.index] ?? '';
              const read = parseChoice(raw, q);
              // A summary that cannot be read (an unknown answer, a split two ways) is said: the
              // options it holds have no column of their own, so they would be lost in silence.
              if (read.error !== null)
                problems.push({ column: rest.header, value: raw, code: read.error.code, message: read.error.message });
              if (read.codes === null) return [];
              const parts = read.codes.filter((code) => !covered.has(code) && code !== 'other');
              // Its "other" text, unless the "other" option has its own column or text column.
              if (read.codes.includes('other') && !covered.has('other') && !extra)
                parts.push(...(read.other.length > 0 ? read.other.map((o) => o.replace(/[|;]/g, ',')) : ['other']));
              return parts;
            }
          : null;
      return (cells, _row, problems) => {
        const parts: string[] = [];
        for (const col of cols) {
          const code = (col.target as { code: string }).code;
          const raw = (cells[col.index] ?? '').trim();
          const key = textKey(raw);
          if (key.length === 0 || NOT_CHOSEN.has(key)) continue;
          if (CHOSEN.has(key) || q.lookup.get(key) === code) parts.push(code);
          // Free text in the "Other (please specify)" column is the other answer itself.
          else if (code === 'other') parts.push(raw.replace(/[|;]/g, ','));
          else
            problems.push({
              column: col.header,
              value: raw,
              code: 'option_marker',
              message: OPTION_MARKER,
            });
        }
        // The "Other, please specify" text beside option columns is the other answer itself.
        const other = extra ? (cells[extra.index] ?? '').trim() : '';
        if (other.length > 0) parts.push(other.replace(/[|;]/g, ','));
        if (fromSummary !== null) parts.push(...fromSummary(cells, problems));
        return parts.join('|');
      };
    }
    return () => '';
  });

  return {
    ids,
    columnName,
    respondentId,
    toRow(cells, row) {
      const problems: RowProblem[] = [];
      return { cells: fill.map((f) => f(cells, row, problems)), problems };
    },
  };
}
