// Matches each column of an export to what it holds in codebook terms: a field, a
// question, one option of a multi-answer question, the tool's respondent id, a geopoint,
// or nothing (ignored, and why). Every shape goes through this one matcher; the shape
// only says how many header rows there are.
import type { CompiledCodebook } from '../records/codebook.ts';
import type { ImportMap, Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import { headerKey, pathSegments } from './header-key.ts';
import {
  headerIndex,
  keywordTargets,
  optionCode,
  questionOf,
  type Entry,
  type How,
  type Target,
} from './header-index.ts';
import { bareOptionColumns, strayOptionColumns } from './option-placement.ts';
import { RESPONSE_MARKS, type Shape } from './shape.ts';
import { toolColumn, toolIdRank } from './tool-columns.ts';
import { attachOtherSpecify, otherSpecifyRest, preferOptionColumns } from './option-columns.ts';

export interface ColumnMatch {
  /** 0-based position in the row */
  index: number;
  /** the header as written in the file (both rows joined for two-row headers) */
  header: string;
  target: Target;
  how: How | null;
}
export interface PlanMessage {
  code: string;
  column: string | null;
  message: Localized;
  severity: 'error' | 'notice';
}
export interface ColumnPlan {
  columns: ColumnMatch[];
  messages: PlanMessage[];
}

export interface PlanInput {
  /** the header rows: one, or two for SurveyMonkey */
  headerRows: string[][];
  shape: Shape;
  codebook: CompiledCodebook;
  map: ImportMap | null;
  /** file name of the mapping file, for messages */
  mapFile: string;
}

/**
 * Matches every column. Order of precedence: the mapping file; the tool's bookkeeping and
 * personal columns; an exact id/label/alias after normalisation (group path stripped);
 * "question [option]" and "question/option" columns; key words when exactly one target fits.
 * Returns the matches and file-level messages (duplicates, ambiguities, missing columns).
 */
export function planColumns(input: PlanInput): ColumnPlan {
  const { codebook: cb, map } = input;
  const index = headerIndex(cb);
  const messages: PlanMessage[] = [];
  const width = Math.max(...input.headerRows.map((r) => r.length));
  const mapKeys = new Map(Object.entries(map?.columns ?? {}).map(([k, v]) => [headerKey(k), v]));
  const columns: ColumnMatch[] = [];
  /** SurveyMonkey's second-row label of each column, where it has one */
  const subs: (string | null)[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    let header = (input.headerRows[0]![i] ?? '').replace(/^\uFEFF/, '').trim();
    let sub: string | null = null;
    if (input.headerRows.length === 2) {
      // SurveyMonkey: the question over its first column only; row 2 names the option.
      if (header.length > 0) carried = header;
      else header = carried;
      const second = (input.headerRows[1]![i] ?? '').trim();
      if (second.length > 0 && !RESPONSE_MARKS.has(headerKey(second))) sub = second;
    }
    const shown = sub === null ? header : `${header} / ${sub}`;
    const mapped = map?.columns[shown] ?? map?.columns[header] ?? mapKeys.get(headerKey(shown));
    const found = mapped !== undefined ? fromMap(mapped, cb) : match(header, sub, cb, index);
    if (mapped !== undefined && found === null) {
      messages.push({
        code: 'map_unknown_target',
        column: shown,
        severity: 'error',
        message: localized((c) => c.ingest.columns.mapUnknownTarget(input.mapFile, mapped)),
      });
    }
    if (found?.clash) messages.push(clashMessage(shown, found.clash, input.mapFile));
    if (found?.unknownOption) messages.push(unknownOptionMessage(shown, found.unknownOption, cb, input.mapFile));
    const { target, how } = found ?? {
      target: { kind: 'ignored', why: header ? 'unknown' : 'empty' } as Target,
      how: null,
    };
    columns.push({ index: i, header: shown, target, how });
    subs.push(sub);
  }
  for (const a of bareOptionColumns(columns, cb))
    messages.push({
      code: 'ambiguous_column',
      column: a.column,
      severity: 'error',
      message: localized((c) => c.ingest.sharedOptionColumn(a.column, a.questions.join(', '), input.mapFile)),
    });
  messages.push(...strayOptionColumns(columns, subs, cb));
  attachOtherSpecify(columns, (text) => questionOf(pathSegments(text).at(-1) ?? text, index));
  preferOptionColumns(columns);
  resolveDuplicates(columns, messages);
  resolveToolIds(columns);
  return { columns, messages };

  function fromMap(value: string, codebook: CompiledCodebook): Entry | null {
    if (value === 'ignore') return { target: { kind: 'ignored', why: 'map' }, how: 'map' };
    const [id, code] = value.split('/');
    if (code !== undefined) {
      const q = codebook.question.get(id!);
      return q && q.codes.includes(code) ? { target: { kind: 'option', question: id!, code }, how: 'map' } : null;
    }
    if (codebook.fields.some((f) => f.id === id)) return { target: { kind: 'field', id: id! }, how: 'map' };
    if (codebook.question.has(id!)) return { target: { kind: 'question', id: id! }, how: 'map' };
    return null;
  }
}

function match(
  header: string,
  sub: string | null,
  cb: CompiledCodebook,
  index: Map<string, Entry | null>,
): Entry | null {
  if (header.length === 0) return null;
  if (sub !== null) {
    // SurveyMonkey option column: the question over it, the option label in row 2.
    const q = questionOf(header, index);
    const code = q && optionCode(cb.question.get(q)!, sub);
    if (q && code) return { target: { kind: 'option', question: q, code }, how: 'label' };
    // A team's sheet: a group heading («Загальні відомості») merged over fields named in row 2.
    if (q === null) return match(sub, null, cb, index);
    return unknownOption(q, sub);
  }
  const tool = toolColumn(header);
  if (tool !== null) return { target: { kind: 'ignored', why: tool }, how: 'tool' };
  if (toolIdRank(header) >= 0 && index.get(headerKey(header)) === undefined)
    return { target: { kind: 'tool_id' }, how: 'tool' };
  const segments = pathSegments(header);
  // KoboToolbox: `question/choice` 0/1 columns (possibly under a group path).
  if (segments.length >= 2) {
    const q = questionOf(segments.at(-2)!, index);
    const code = q && optionCode(cb.question.get(q)!, segments.at(-1)!);
    if (q && code) return { target: { kind: 'option', question: q, code }, how: 'path' };
    if (q) return unknownOption(q, segments.at(-1)!);
  }
  // LimeSurvey: `Q3[SQ001]` or `Question text [Option label]`.
  const bracket = /^(.*?)\s*\[([^\]]+)\]$/.exec(header);
  if (bracket) {
    const q = questionOf(bracket[1]!, index);
    const code = q && optionCode(cb.question.get(q)!, bracket[2]!);
    if (q && code) return { target: { kind: 'option', question: q, code }, how: 'label' };
    if (q) return null;
  }
  const last = segments.at(-1) ?? header;
  const otherOf = /^(.+)_other$/.exec(last);
  const otherQ = otherOf && questionOf(otherOf[1]!, index);
  if (otherQ) return { target: { kind: 'other_text', question: otherQ }, how: 'path' };
  const direct = index.get(headerKey(header)) ?? index.get(headerKey(last));
  if (direct) return direct;
  if (/^_.+_latitude$/.test(last)) return { target: { kind: 'field', id: 'lat' }, how: 'tool' };
  if (/^_.+_longitude$/.test(last)) return { target: { kind: 'field', id: 'lon' }, how: 'tool' };
  if (['location', 'geopoint', 'gps', 'геолокація', 'координати'].includes(headerKey(last)))
    return { target: { kind: 'geopoint' }, how: 'tool' };
  const fits = keywordTargets(headerKey(last), cb);
  if (fits.length === 1) return { target: fits[0]!, how: 'keyword' };
  if (fits.length > 1) return { target: { kind: 'ignored', why: 'unknown' }, how: 'keyword', clash: fits };
  return null;
}

/**
 * A column under a known question whose option the codebook does not know (a tally's
 * «Велодоріжки» under «Пріоритетні напрями»): its marks would be lost, so the file is refused
 * until the codebook or the mapping file says what the column is. «Other, specify» text
 * columns are not this: attachOtherSpecify takes them.
 */
function unknownOption(question: string, label: string): Entry | null {
  if (otherSpecifyRest(label) !== null || /^(?:other|інше)$/i.test(label.trim())) return null;
  return { target: { kind: 'ignored', why: 'unknown' }, how: 'label', unknownOption: { question, label } };
}

function unknownOptionMessage(
  header: string,
  u: { question: string; label: string },
  cb: CompiledCodebook,
  mapFile: string,
): PlanMessage {
  const q = cb.question.get(u.question)!.question;
  return {
    code: 'unknown_option_column',
    column: header,
    severity: 'error',
    message: localized((c, lang) =>
      c.ingest.unknownOptionColumn(u.label, q.short[lang], `${u.question}/other`, mapFile),
    ),
  };
}

/** A header that fits several targets by key words is reported rather than guessed. */
function clashMessage(header: string, clash: Target[], mapFile: string): PlanMessage {
  const names = clash.map((t) => ('id' in t ? t.id : t.kind)).join(', ');
  return {
    code: 'ambiguous_column',
    column: header,
    severity: 'notice',
    message: localized((c) => c.ingest.columns.ambiguous(names, mapFile)),
  };
}

/**
 * Two columns for one target: an error unless one repeats the other by design — a question's
 * own column wins over its option columns (Kobo's 0/1 columns), lat/lon columns over a geopoint.
 */
function resolveDuplicates(columns: ColumnMatch[], messages: PlanMessage[]): void {
  const seen = new Map<string, ColumnMatch>();
  const direct = new Set(
    columns.filter((c) => c.target.kind === 'question').map((c) => (c.target as { id: string }).id),
  );
  const latLon = columns.some((c) => c.target.kind === 'field' && (c.target.id === 'lat' || c.target.id === 'lon'));
  for (const c of columns) {
    const t = c.target;
    if (t.kind === 'geopoint' && latLon) {
      c.target = { kind: 'ignored', why: 'duplicate' };
      continue;
    }
    if (t.kind === 'option' && direct.has(t.question)) {
      c.target = { kind: 'ignored', why: 'duplicate' };
      continue;
    }
    const key =
      t.kind === 'field' || t.kind === 'question' ? t.id : t.kind === 'option' ? `${t.question}/${t.code}` : null;
    if (key === null) continue;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, c);
      continue;
    }
    messages.push({
      code: 'duplicate_column',
      column: c.header,
      severity: 'error',
      message: localized((cat) => cat.ingest.columns.duplicate(first.index + 1, first.header, c.index + 1, key)),
    });
  }
}

/** Only the best of the tool's id columns is read (Respondent ID over _uuid over _id …). */
function resolveToolIds(columns: ColumnMatch[]): void {
  const ids = columns.filter((c) => c.target.kind === 'tool_id');
  ids.sort((a, b) => toolIdRank(a.header) - toolIdRank(b.header));
  for (const c of ids.slice(1)) c.target = { kind: 'ignored', why: 'meta' };
}
