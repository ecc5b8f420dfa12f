// Checks every row of a parsed export against the codebook and turns the good
// ones into records. Every problem is reported — the data team fixes a file in
// one pass instead of one error per run.
import type { Field, Problem, SurveyRecord } from '../types.ts';
import type { ParsedCsv } from '../csv/parse.ts';
import type { OblastMatcher } from '../oblast/normalize.ts';
import type { CompiledCodebook, CompiledQuestion } from './codebook.ts';
import { choiceParser, expectedChoice, parseDecimal, parseInteger, type ChoiceParse } from './cells.ts';

export interface ValidationContext {
  file: string;
  codebook: CompiledCodebook;
  oblasts: OblastMatcher;
}
export interface ValidationResult {
  records: SurveyRecord[];
  problems: Problem[];
  rowsRead: number;
  rowsRejected: number;
}

type Columns = Map<string, number>;

const NO_ANSWER: ChoiceParse = { codes: null, error: null };
const SUSPICIOUS_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

export function validateRows(csv: ParsedCsv, ctx: ValidationContext): ValidationResult {
  const problems: Problem[] = [];
  const fileProblem = (message: string, severity: Problem['severity'], column: string | null = null) =>
    problems.push({ file: ctx.file, row: null, column, value: null, message, severity });

  const columns = matchHeader(csv.header, ctx, fileProblem);
  const rowsRead = csv.rows.length;
  const missing = requiredColumns(ctx.codebook).filter((id) => !columns.has(id));
  for (const id of missing) fileProblem('required column is missing from the header', 'error', id);
  if (missing.length > 0 || problems.some((p) => p.severity === 'error')) {
    return { records: [], problems, rowsRead, rowsRejected: rowsRead };
  }

  const rejected = new Set<number>();
  for (const issue of csv.issues) {
    problems.push({ file: ctx.file, row: issue.row, column: null, value: null, message: issue.message, severity: 'error' });
    rejected.add(issue.row);
  }

  const checkRow = rowChecker(columns, ctx, csv.header.length);
  const records: SurveyRecord[] = [];
  for (const { row, cells } of csv.rows) {
    const before = problems.length;
    const record = checkRow(row, cells, problems);
    if (record && problems.length === before && !rejected.has(row)) records.push(record);
    else rejected.add(row);
  }
  return { records, problems, rowsRead, rowsRejected: rejected.size };
}

function requiredColumns(cb: CompiledCodebook): string[] {
  return [...cb.fields.filter((f) => f.required).map((f) => f.id), ...cb.questions.filter((q) => q.question.required).map((q) => q.question.id)];
}

function matchHeader(
  header: string[],
  ctx: ValidationContext,
  fileProblem: (message: string, severity: Problem['severity'], column?: string | null) => void,
): Columns {
  const columns: Columns = new Map();
  header.forEach((raw, i) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    const id = name.toLowerCase();
    if (ctx.codebook.columns.has(id)) {
      const first = columns.get(id);
      if (first !== undefined) fileProblem(`column appears twice in the header (columns ${first + 1} and ${i + 1})`, 'error', id);
      else columns.set(id, i);
    } else if (name.length === 0) {
      fileProblem(`column ${i + 1} has no name in the header; it is ignored`, 'notice');
    } else {
      fileProblem('unknown column, ignored (not in the codebook)', 'notice', name);
    }
  });
  for (const id of ctx.codebook.columns) {
    if (!columns.has(id) && !isRequired(ctx.codebook, id)) {
      fileProblem('optional column is absent; every answer to it counts as missing', 'notice', id);
    }
  }
  return columns;
}

function isRequired(cb: CompiledCodebook, id: string): boolean {
  return cb.fields.some((f) => f.id === id && f.required) || cb.questions.some((q) => q.question.id === id && q.question.required);
}

type RowCheck = (row: number, cells: string[], problems: Problem[]) => SurveyRecord | null;

function rowChecker(columns: Columns, ctx: ValidationContext, width: number): RowCheck {
  const { file, codebook, oblasts } = ctx;
  const field = (id: string) => codebook.fields.find((f) => f.id === id);
  const at = (id: string) => columns.get(id) ?? -1;
  const idCol = at('respondent_id');
  const communityCol = at('community');
  const oblastCol = at('oblast');
  const populationCol = at('population');
  const latCol = at('lat');
  const lonCol = at('lon');
  const population = field('population');
  const lat = field('lat');
  const lon = field('lon');
  const questions = codebook.questions.map((q) => ({ q, col: at(q.question.id), parse: choiceParser(q) }));
  const seenIds = new Map<string, number>();

  // Per-row state lives out here so that checking a row allocates no closures.
  let row = 0;
  let problems: Problem[] = [];
  const report = (column: string, value: string, message: string) =>
    problems.push({ file, row, column, value, message, severity: 'error' });

  return (rowNumber, cells, rowProblems) => {
    row = rowNumber;
    problems = rowProblems;
    if (cells.length !== width) {
      problems.push({
        file, row, column: null, value: null, severity: 'error',
        message: `expected ${width} cells like the header, found ${cells.length} — check delimiters and quotes in this row`,
      });
      return null;
    }

    const id = cell(cells, idCol);
    if (id.length === 0) report('respondent_id', id, 'expected a respondent id (required)');
    else if (SUSPICIOUS_TEXT.test(id)) report('respondent_id', id, suspiciousMessage);
    else {
      const first = seenIds.get(id);
      if (first !== undefined) report('respondent_id', id, `expected a unique respondent id — "${id}" is also used in row ${first}`);
      else seenIds.set(id, row);
    }

    const community = cell(cells, communityCol);
    if (community.length === 0) report('community', community, 'expected a community name (required)');
    else if (SUSPICIOUS_TEXT.test(community)) report('community', community, suspiciousMessage);

    const oblastText = cell(cells, oblastCol);
    const iso = oblastText.length === 0 ? null : oblasts.match(oblastText);
    if (iso === null) report('oblast', oblastText, oblastMessage(oblastText, oblasts));

    const populationValue = numberCell(cell(cells, populationCol), population, parseInteger, report);
    const latValue = numberCell(cell(cells, latCol), lat, parseDecimal, report);
    const lonValue = numberCell(cell(cells, lonCol), lon, parseDecimal, report);
    if ((latValue === null) !== (lonValue === null) && !Number.isNaN(latValue) && !Number.isNaN(lonValue)) {
      report(latValue === null ? 'lat' : 'lon', '', 'expected both lat and lon, or neither');
    }

    const answers: Record<string, string[] | null> = {};
    for (let j = 0; j < questions.length; j++) {
      const { q, col, parse } = questions[j]!;
      const text = cell(cells, col);
      const parsed: ChoiceParse = text.length === 0 ? NO_ANSWER : parse(text);
      if (parsed.error !== null) report(q.question.id, text, parsed.error);
      else if (parsed.codes === null && q.question.required) report(q.question.id, text, `an answer is required — ${expectedChoice(q)}`);
      else if (parsed.codes !== null && q.question.min !== undefined && parsed.codes.length < q.question.min) {
        report(q.question.id, text, `expected at least ${q.question.min} answers`);
      }
      answers[q.question.id] = parsed.codes;
    }

    return {
      row,
      respondent_id: id,
      community,
      oblast: iso ?? '',
      population: nullIfNaN(populationValue),
      lat: nullIfNaN(latValue),
      lon: nullIfNaN(lonValue),
      answers,
    };
  };
}

function cell(cells: string[], col: number): string {
  return col < 0 ? '' : cells[col]!.trim();
}

const suspiciousMessage = 'expected plain text — the value holds control characters or undecodable bytes (\uFFFD); check the file encoding';

function oblastMessage(text: string, oblasts: OblastMatcher): string {
  const base = 'expected one of the 27 oblast-level units';
  if (text.length === 0) return `${base} (required)`;
  const hint = oblasts.suggest(text);
  return hint ? `${base} (did you mean "${hint.name_uk}"?)` : `${base}, e.g. "Київська область", "Kyiv Oblast", "м. Київ" or "UA-32"`;
}

/** Parses an optional numeric cell against the field's bounds; null when empty, NaN when rejected. */
function numberCell(
  text: string,
  field: Field | undefined,
  parse: (s: string) => number,
  report: (column: string, value: string, message: string) => void,
): number | null {
  if (!field || text.length === 0) {
    if (field?.required && text.length === 0) report(field.id, text, `${expectedNumber(field)} (required)`);
    return null;
  }
  const n = parse(text);
  const inRange = !Number.isNaN(n) && (field.min === undefined || n >= field.min) && (field.max === undefined || n <= field.max);
  if (!inRange) {
    report(field.id, text, expectedNumber(field));
    return NaN;
  }
  return n;
}

function expectedNumber(field: Field): string {
  const range =
    field.min !== undefined && field.max !== undefined
      ? ` between ${field.min} and ${field.max}`
      : field.min !== undefined
        ? ` ≥ ${field.min}`
        : '';
  if (field.type === 'integer') return `expected a whole number${range}, e.g. 12345 or "12 345"`;
  if (field.type === 'latitude' || field.type === 'longitude') {
    return `expected a ${field.type}${range} (decimal degrees inside Ukraine, e.g. 50.45 or 50,45)`;
  }
  return `expected a number${range}`;
}

function nullIfNaN(n: number | null): number | null {
  return n === null || Number.isNaN(n) ? null : n;
}
