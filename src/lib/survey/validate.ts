// Checks every row of a parsed export against the codebook and turns the good
// ones into records. Every problem is reported — the data team fixes a file in
// one pass instead of one error per run.
//
// Rows stream through a RowValidator (see scanCsv), which also tallies each good
// row for the aggregates as it goes. Exports repeat a small set of spellings
// (answer codes, labels, oblast names) endlessly, so accepted oblast and community
// cells are remembered by their raw text, and accepted answers by the set of options
// they name (a bit mask, see choiceMask). Anything not seen before takes the careful
// path, which is also the only place that words errors.
import type { Field, Localized, OblastUnit, Problem, SurveyRecord } from '../types.ts';
import type { CsvIssue, CsvVisitor } from '../csv/parse.ts';
import type { OblastMatcher } from '../oblast/normalize.ts';
import type { CompiledCodebook } from './codebook.ts';
import { choiceMask, choiceParser, expectedChoice, parseDecimal, parseInteger, type ChoiceParse } from './cells.ts';
import { codeAnswer, type CodedAnswer, groupPlan } from './group.ts';
import { FirstRows } from './first-rows.ts';
import { Tally } from './tally.ts';
import { breakdownGroup, typeWordsExpected } from './breakdown.ts';
import type { BreakdownDefinition } from '../types.ts';

export interface ValidationContext {
  file: string;
  codebook: CompiledCodebook;
  oblasts: OblastMatcher;
  /** registry order; tallies are kept per unit */
  units: OblastUnit[];
}
export interface ValidationResult {
  records: SurveyRecord[];
  problems: Problem[];
  rowsRead: number;
  rowsRejected: number;
  /** counters over exactly `records`; null when the header was unusable */
  tally: Tally | null;
}

type Columns = Map<string, number>;
type Report = (column: string, value: string, message: string, severity?: Problem['severity']) => void;

const NO_ANSWER: ChoiceParse = { codes: null, error: null };
/** Accepted-cell memos stop growing here, so a file of free text cannot exhaust memory. */
const MEMO_LIMIT = 50_000;

export class RowValidator implements CsvVisitor {
  private readonly ctx: ValidationContext;
  private readonly problems: Problem[] = [];
  private readonly records: SurveyRecord[] = [];
  private readonly rejected = new Set<number>();
  /** issues that arrive before the header, reported only if the header is usable */
  private pending: CsvIssue[] | null = [];
  private check: RowCheck | null = null;
  private rowsRead = 0;

  constructor(ctx: ValidationContext) {
    this.ctx = ctx;
  }

  issue(issue: CsvIssue): void {
    if (this.pending !== null) this.pending.push(issue);
    else if (this.check !== null) this.reportIssue(issue);
  }

  header(header: string[]): void {
    const { ctx, problems } = this;
    const fileProblem = (message: string, severity: Problem['severity'], column: string | null = null) =>
      problems.push({ file: ctx.file, row: null, column, value: null, message, severity });
    const columns = matchHeader(header, ctx, fileProblem);
    const missing = requiredColumns(ctx.codebook).filter((id) => !columns.has(id));
    for (const id of missing) fileProblem('required column is missing from the header', 'error', id);
    const pending = this.pending ?? [];
    this.pending = null;
    if (missing.length > 0 || problems.some((p) => p.severity === 'error')) return;
    this.check = new RowCheck(columns, ctx, header.length);
    for (const issue of pending) this.reportIssue(issue);
  }

  row(cells: string[], row: number): void {
    this.rowsRead++;
    const check = this.check;
    if (check === null) return;
    const problems = this.problems;
    const before = problems.length;
    const record = check.run(row, cells, problems);
    // Notices (a centre read as its oblast) keep the row; any error rejects it.
    const clean = problems.length === before || problems.slice(before).every((p) => p.severity === 'notice');
    if (record !== null && clean && !this.rejected.has(row)) {
      this.records.push(record);
      check.tallyLast();
    } else this.rejected.add(row);
  }

  result(): ValidationResult {
    const { problems, records, rowsRead } = this;
    if (this.check === null) {
      // No usable header (or none at all): nothing was checked, so nothing counts as used.
      return { records: [], problems, rowsRead, rowsRejected: rowsRead, tally: null };
    }
    return { records, problems, rowsRead, rowsRejected: this.rejected.size, tally: this.check.tally };
  }

  private reportIssue(issue: CsvIssue): void {
    this.problems.push({
      file: this.ctx.file,
      row: issue.row,
      column: null,
      value: null,
      message: issue.message,
      severity: 'error',
    });
    this.rejected.add(issue.row);
  }
}

function requiredColumns(cb: CompiledCodebook): string[] {
  return [
    ...cb.fields.filter((f) => f.required).map((f) => f.id),
    ...cb.questions.filter((q) => q.question.required).map((q) => q.question.id),
  ];
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
      if (first !== undefined)
        fileProblem(`column appears twice in the header (columns ${first + 1} and ${i + 1})`, 'error', id);
      else columns.set(id, i);
    } else if (name.length === 0) {
      fileProblem(`column ${i + 1} has no name in the header; it is ignored`, 'notice');
    } else {
      fileProblem('unknown column, ignored (not in the codebook)', 'notice', name);
    }
  });
  // A type column the names can stand in for is not missed when absent.
  const readFromName = new Set(
    (ctx.codebook.codebook.breakdowns ?? []).filter((b) => b.from_name).map((b) => b.field as string),
  );
  for (const id of ctx.codebook.columns) {
    if (!columns.has(id) && !isRequired(ctx.codebook, id) && !readFromName.has(id)) {
      fileProblem('optional column is absent; every answer to it counts as missing', 'notice', id);
    }
  }
  return columns;
}

function isRequired(cb: CompiledCodebook, id: string): boolean {
  return (
    cb.fields.some((f) => f.id === id && f.required) ||
    cb.questions.some((q) => q.question.id === id && q.question.required)
  );
}

/** One question's column: where it is, how to parse it, and the raw cells already accepted. */
interface QuestionColumn {
  id: string;
  col: number;
  required: boolean;
  min: number | undefined;
  parse: (cell: string) => ChoiceParse;
  /** the options a usual-looking cell names, as a bit mask; -1 when it needs parse() */
  mask: (cell: string) => number;
  expected: string;
  /** option mask → the accepted answer it stands for */
  accepted: Map<number, CodedAnswer>;
  missing: CodedAnswer;
}

/** Checks one row at a time; holds the per-column memos and the running tally. */
class RowCheck {
  readonly tally: Tally;
  private readonly file: string;
  private readonly width: number;
  private readonly oblasts: OblastMatcher;
  private readonly idCol: number;
  private readonly communityCol: number;
  private readonly typeCol: number;
  private readonly typeBreakdown: BreakdownDefinition | undefined;
  private readonly typeExpected: string;
  private readonly oblastCol: number;
  private readonly populationCol: number;
  private readonly latCol: number;
  private readonly lonCol: number;
  private readonly population: Field | undefined;
  private readonly lat: Field | undefined;
  private readonly lon: Field | undefined;
  private readonly questions: QuestionColumn[];
  private readonly seenIds = new FirstRows();
  /** raw community cell → trimmed name, for names already accepted */
  private readonly communities = new Map<string, string>();
  /** raw oblast cell → ISO code, for spellings already accepted */
  private readonly oblastCells = new Map<string, string>();
  private readonly unitPosition: Map<string, number>;
  // The row being checked, and its parts kept for tallying if the row turns out good.
  private row = 0;
  private problems: Problem[] = [];
  private unit = -1;
  /** the row's answers; reused, as it only lives until tallyLast() */
  private readonly coded: CodedAnswer[];
  private readonly answersTemplate: Record<string, null>;
  private readonly report: Report;

  constructor(columns: Columns, ctx: ValidationContext, width: number) {
    const { file, codebook, oblasts, units } = ctx;
    const plan = groupPlan(codebook.codebook);
    const field = (id: string) => codebook.fields.find((f) => f.id === id);
    const at = (id: string) => columns.get(id) ?? -1;
    this.tally = new Tally(plan, units);
    this.file = file;
    this.width = width;
    this.oblasts = oblasts;
    this.idCol = at('respondent_id');
    this.communityCol = at('community');
    this.typeCol = at('type');
    this.typeBreakdown = (codebook.codebook.breakdowns ?? []).find((b) => b.field === 'type');
    this.typeExpected = typeWordsExpected(codebook.codebook.breakdowns ?? []) ?? '';
    this.oblastCol = at('oblast');
    this.populationCol = at('population');
    this.latCol = at('lat');
    this.lonCol = at('lon');
    this.population = field('population');
    this.lat = field('lat');
    this.lon = field('lon');
    this.questions = codebook.questions.map((q, j) => ({
      id: q.question.id,
      col: at(q.question.id),
      required: q.question.required,
      min: q.question.min,
      parse: choiceParser(q),
      mask: choiceMask(q),
      expected: expectedChoice(q),
      accepted: new Map(),
      missing: codeAnswer(plan, j, null),
    }));
    this.coded = this.questions.map((q) => q.missing);
    this.answersTemplate = Object.fromEntries(this.questions.map((q) => [q.id, null]));
    this.unitPosition = new Map(units.map((u, i) => [u.iso, i]));
    this.report = (column, value, message, severity = 'error') =>
      this.problems.push({ file: this.file, row: this.row, column, value, message, severity });
  }

  /** The record for a row, or null when its shape is wrong; problems go to `problems`. */
  run(row: number, cells: string[], problems: Problem[]): SurveyRecord | null {
    this.row = row;
    this.problems = problems;
    const report = this.report;
    if (cells.length !== this.width) {
      problems.push({
        file: this.file,
        row,
        column: null,
        value: null,
        severity: 'error',
        message: `expected ${this.width} cells like the header, found ${cells.length} — check delimiters and quotes in this row`,
      });
      return null;
    }

    const id = cell(cells, this.idCol);
    if (id.length === 0) report('respondent_id', id, 'expected a respondent id (required)');
    else if (isSuspicious(id)) report('respondent_id', id, suspiciousMessage);
    else {
      const first = this.seenIds.claim(id, row);
      if (first !== -1)
        report('respondent_id', id, `expected a unique respondent id — "${id}" is also used in row ${first}`);
    }

    const community = this.community(cells);
    const type = this.type(cells);
    const iso = this.oblast(cells);
    // A unit the matcher knows but `units` does not list is counted nationally only.
    this.unit = iso === null ? -1 : (this.unitPosition.get(iso) ?? -1);

    const populationValue = numberCell(cell(cells, this.populationCol), this.population, parseInteger, report);
    const latValue = numberCell(cell(cells, this.latCol), this.lat, parseDecimal, report);
    const lonValue = numberCell(cell(cells, this.lonCol), this.lon, parseDecimal, report);
    if ((latValue === null) !== (lonValue === null) && !Number.isNaN(latValue) && !Number.isNaN(lonValue)) {
      report(latValue === null ? 'lat' : 'lon', '', 'expected both lat and lon, or neither');
    }

    const coded = this.coded;
    // Cloning a template gives every record's answers the same shape and size up front.
    const answers: Record<string, string[] | null> = { ...this.answersTemplate };
    for (let j = 0; j < this.questions.length; j++) {
      const q = this.questions[j]!;
      const a = q.col < 0 ? q.missing : this.answer(j, cells[q.col]!);
      coded[j] = a;
      answers[q.id] = a.codes;
    }

    return {
      row,
      respondent_id: id,
      community,
      type,
      oblast: iso ?? '',
      population: nullIfNaN(populationValue),
      lat: nullIfNaN(latValue),
      lon: nullIfNaN(lonValue),
      answers,
    };
  }

  /** Counts the row `run` just checked; called only once it is known to be good. */
  tallyLast(): void {
    this.tally.add(this.unit, this.coded);
  }

  private community(cells: string[]): string {
    const raw = this.communityCol < 0 ? '' : cells[this.communityCol]!;
    const known = this.communities.get(raw);
    if (known !== undefined) return known;
    const community = raw.trim();
    if (community.length === 0) this.report('community', community, 'expected a community name (required)');
    else if (isSuspicious(community)) this.report('community', community, suspiciousMessage);
    else if (this.communities.size < MEMO_LIMIT) this.communities.set(raw, community);
    return community;
  }

  /** The community-type cell, trimmed; null when the column is absent or the cell empty (the name decides). */
  private type(cells: string[]): string | null {
    const text = this.typeCol < 0 ? '' : cells[this.typeCol]!.trim();
    if (text.length === 0) return null;
    const def = this.typeBreakdown;
    if (def && breakdownGroup(def, { community: '', type: text, population: null }) === null) {
      this.report(
        'type',
        text,
        `очікується тип громади: ${this.typeExpected} або порожня клітинка (тоді тип береться з назви громади) / expected a community type: ${this.typeExpected}, or an empty cell (the type is then read from the name)`,
      );
    }
    return text;
  }

  /** ISO code of the row's unit, or null when the cell is reported as wrong. */
  private oblast(cells: string[]): string | null {
    const raw = this.oblastCol < 0 ? '' : cells[this.oblastCol]!;
    const known = this.oblastCells.get(raw);
    if (known !== undefined) return known;
    const found = this.oblasts.resolve(raw);
    const value = shown(raw.trim());
    if (!found.ok) {
      this.report('oblast', value, bilingual(found.message));
      return null;
    }
    // A centre's notice goes with the first row that spells it; later rows hit the memo.
    if (found.notice !== null) this.report('oblast', value, bilingual(found.notice), 'notice');
    if (this.oblastCells.size < MEMO_LIMIT) this.oblastCells.set(raw, found.unit.iso);
    return found.unit.iso;
  }

  private answer(j: number, raw: string): CodedAnswer {
    const q = this.questions[j]!;
    if (raw.length === 0 && !q.required) return q.missing;
    const mask = q.mask(raw);
    return (mask > 0 ? q.accepted.get(mask) : undefined) ?? this.parseAnswer(j, raw, mask);
  }

  /** The careful path for an answer not seen before: parse, explain what is wrong, remember what is right. */
  private parseAnswer(j: number, raw: string, mask: number): CodedAnswer {
    const q = this.questions[j]!;
    const text = raw.trim();
    const parsed: ChoiceParse = text.length === 0 ? NO_ANSWER : q.parse(text);
    let ok = false;
    if (parsed.error !== null) this.report(q.id, text, parsed.error);
    else if (parsed.codes === null && q.required) this.report(q.id, text, `an answer is required — ${q.expected}`);
    else if (parsed.codes !== null && q.min !== undefined && parsed.codes.length < q.min) {
      this.report(q.id, text, `expected at least ${q.min} answers`);
    } else ok = true;
    const coded = parsed.codes === null ? q.missing : codeAnswer(this.tally.plan, j, parsed.codes);
    if (ok && mask > 0) q.accepted.set(mask, coded);
    return coded;
  }
}

function cell(cells: string[], col: number): string {
  return col < 0 ? '' : trim(cells[col]!);
}

/** String.prototype.trim, skipping the call when both ends are plainly not white space (the usual case). */
function trim(s: string): string {
  const n = s.length;
  return n > 0 && isInk(s.charCodeAt(0)) && isInk(s.charCodeAt(n - 1)) ? s : s.trim();
}

/** printable ASCII or Cyrillic: never white space */
function isInk(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x400 && c <= 0x4ff);
}

const suspiciousMessage =
  'expected plain text — the value holds control characters or undecodable bytes (\uFFFD); check the file encoding';

/** C0 controls other than tab and line breaks, or U+FFFD from undecodable bytes. */
function isSuspicious(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c === 0xfffd) return true;
  }
  return false;
}

/** Ukrainian first, then English, until problems carry both texts apart. */
function bilingual(text: Localized): string {
  return `${text.uk} / ${text.en}`;
}

/** A cell as quoted in a problem: whole unless it is thousands of characters long. */
function shown(value: string): string {
  return value.length <= 200 ? value : `${value.slice(0, 60)}…`;
}

/** Parses an optional numeric cell against the field's bounds; null when empty, NaN when rejected. */
function numberCell(
  text: string,
  field: Field | undefined,
  parse: (s: string) => number,
  report: Report,
): number | null {
  if (!field || text.length === 0) {
    if (field?.required && text.length === 0) report(field.id, text, `${expectedNumber(field)} (required)`);
    return null;
  }
  const n = parse(text);
  const inRange =
    !Number.isNaN(n) && (field.min === undefined || n >= field.min) && (field.max === undefined || n <= field.max);
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
