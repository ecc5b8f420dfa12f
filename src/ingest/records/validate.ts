// Checks every row, in codebook terms (see import/adapt.ts), against the codebook and
// turns the good ones into records. Every problem is reported — the data team fixes a
// file in one pass instead of one error per run.
import type { Field, Localized, Problem, SurveyRecord } from '../../contract/types.ts';
import type { OblastMatch, OblastMatcher } from '../oblast/normalize.ts';
import type { CompiledCodebook, CompiledQuestion } from './codebook.ts';
import { invisibleProblem } from '../../text/invisible.ts';
import { expectedChoice, parseChoice, parseDecimal, parseInteger, type ChoiceParse } from './cells.ts';
import { breakdownGroup, typeWordsExpected } from './breakdown.ts';
import { numberCell } from './number-cell.ts';
import { memoByText } from '../../text/memo.ts';
import { FirstSeen } from './first-seen.ts';
import { localized, type Catalogue } from '../../i18n/index.ts';

export interface ValidationContext {
  file: string;
  codebook: CompiledCodebook;
  oblasts: OblastMatcher;
  /** codebook id → the header as written in the file, for messages */
  columnName?: Map<string, string>;
  /** about how many rows will be checked (sizes the table of respondent ids; a hint) */
  expectedRows?: number;
}
/** free text given as "other", kept for the report team only */
export interface OtherAnswer {
  row: number;
  question: string;
  text: string;
}
export interface ValidationResult {
  records: SurveyRecord[];
  problems: Problem[];
  rowsRead: number;
  rowsRejected: number;
  /** "other" free text of the accepted rows */
  other: OtherAnswer[];
}
/** a problem found before validation (by the adapter), in the same row */
export interface PriorProblem {
  column: string | null;
  value: string | null;
  code: string;
  message: Localized;
}

export class RowValidator {
  private readonly ctx: ValidationContext;
  private readonly problems: Problem[] = [];
  private readonly records: SurveyRecord[] = [];
  private readonly other: OtherAnswer[] = [];
  /** respondent id → the row it was first used in */
  private readonly seenIds: FirstSeen<number>;
  private readonly questions: { q: CompiledQuestion; col: number; read: (raw: string) => ChoiceParse }[];
  private readonly oblast: (raw: string) => OblastMatch;
  private readonly fields: Map<string, Field>;
  /** position of each field's cell in a row */
  private readonly col: Record<string, number>;
  private readonly answersTemplate: Record<string, null>;
  /** the breakdown a type cell is checked against, if the codebook has one */
  private readonly typeDef: CompiledCodebook['codebook']['breakdowns'][number] | undefined;
  /** spellings of a centre already noticed: the notice goes with the first row that uses one */
  private readonly centresNoticed: Set<string>;
  private rowsRead = 0;
  private rejected = 0;
  /** the row being checked and its cells */
  private current = 0;
  private cells: string[] = [];
  /** an error in the current row */
  private readonly report = (id: string, value: string, code: string, message: Localized): void => {
    this.problems.push({
      file: this.ctx.file,
      row: this.current,
      column: this.name(id),
      value,
      code,
      message,
      severity: 'error',
    });
  };
  /** the current row's trimmed cell of a field ('' when the file has no such column) */
  private readonly at = (
    id: 'respondent_id' | 'community' | 'type' | 'oblast' | 'population' | 'lat' | 'lon',
  ): string => (this.cells[this.col[id]] ?? '').trim();

  /** `ids`: the codebook ids in the order each row's cells come (Adapter.ids). */
  constructor(ctx: ValidationContext, ids: string[]) {
    this.ctx = ctx;
    this.fields = new Map(ctx.codebook.fields.map((f) => [f.id, f]));
    this.col = Object.fromEntries(
      ['respondent_id', 'community', 'type', 'oblast', 'population', 'lat', 'lon'].map((id) => [id, ids.indexOf(id)]),
    );
    this.questions = ctx.codebook.questions.map((q) => ({
      q,
      col: ids.indexOf(q.question.id),
      read: (raw: string) => parseChoice(raw, q),
    }));
    this.oblast = memoByText((raw) => ctx.oblasts.resolve(raw));
    this.seenIds = new FirstSeen(ctx.expectedRows ?? 0);
    this.centresNoticed = new Set();
    this.typeDef = ctx.codebook.codebook.breakdowns.find((b) => b.field === 'type');
    this.answersTemplate = Object.fromEntries(ctx.codebook.questions.map((q) => [q.question.id, null]));
  }

  /** Checks one row (cells in `ids` order); `prior` are problems already found in it. */
  row(cells: string[], row: number, prior: PriorProblem[] = []): void {
    this.rowsRead++;
    const before = this.problems.length;
    for (const p of prior) this.problems.push({ file: this.ctx.file, row, severity: 'error', ...p });
    // The row being checked, for report() and at(): no closures made per row, which keeps the
    // 100,000-row ingest's garbage down (`npm run bench -- ingest`).
    this.current = row;
    this.cells = cells;
    const report = this.report;
    const at = this.at;

    const id = at('respondent_id');
    if (id.length === 0)
      report(
        'respondent_id',
        id,
        'required',
        required((c) => c.respondentId),
      );
    else if (isSuspicious(id)) report('respondent_id', id, 'suspicious_text', suspicious);
    else if (invisibleProblem(id) !== null) report('respondent_id', id, 'invisible_character', invisibleProblem(id)!);
    else {
      const first = this.seenIds.firstOr(id, row);
      if (first !== undefined)
        report(
          'respondent_id',
          id,
          'duplicate_id',
          localized((c) => c.ingest.cells.duplicateId(id, first)),
        );
    }

    const community = at('community');
    if (community.length === 0)
      report(
        'community',
        community,
        'required',
        required((c) => c.communityName),
      );
    else if (isSuspicious(community)) report('community', community, 'suspicious_text', suspicious);
    // Invisible characters (bidi, zero-width, C1…) in reader-facing text: see src/text/invisible.ts.
    else if (invisibleProblem(community) !== null)
      report('community', community, 'invisible_character', invisibleProblem(community)!);
    else if (community.length > (this.fields.get('community')?.max_length ?? Infinity)) {
      const max = this.fields.get('community')!.max_length!;
      report(
        'community',
        community,
        'too_long',
        localized((c) => c.ingest.cells.nameTooLong(max, community.length)),
      );
    }

    // The community type: an empty cell (or no column) leaves it to the community's name.
    const typeText = at('type');
    const type = typeText.length === 0 ? null : typeText;
    const typeDef = this.typeDef;
    if (type !== null && typeDef && breakdownGroup(typeDef, { community: '', type, population: null }) === null) {
      const words = typeWordsExpected(this.ctx.codebook.codebook.breakdowns) ?? '';
      report(
        'type',
        type,
        'unknown_type',
        localized((c) => c.ingest.cells.unknownType(words)),
      );
    }

    const oblastText = at('oblast');
    const found = this.oblast(oblastText);
    const iso = found.ok ? found.unit.iso : null;
    if (!found.ok) report('oblast', shown(oblastText), 'unknown_oblast', found.message);
    else if (found.notice !== null && !this.centresNoticed.has(oblastText)) {
      this.centresNoticed.add(oblastText);
      // A centre read as its oblast keeps the row: a notice, not an error.
      this.problems.push({
        file: this.ctx.file,
        row,
        column: this.name('oblast'),
        value: shown(oblastText),
        code: 'oblast_centre',
        message: found.notice,
        severity: 'notice',
      });
    }

    const population = numberCell(at('population'), this.fields.get('population'), parseInteger, report);
    const lat = numberCell(at('lat'), this.fields.get('lat'), parseDecimal, report);
    const lon = numberCell(at('lon'), this.fields.get('lon'), parseDecimal, report);
    if ((lat === null) !== (lon === null) && !Number.isNaN(lat) && !Number.isNaN(lon))
      report(
        lat === null ? 'lat' : 'lon',
        '',
        'lat_lon_pair',
        localized((c) => c.ingest.cells.latLonPair),
      );

    // Cloning a template gives every record's answers the same shape up front.
    const answers: Record<string, string[] | null> = { ...this.answersTemplate };
    let other: OtherAnswer[] | null = null;
    for (const { q, col, read } of this.questions) {
      const qid = q.question.id;
      const text = col < 0 ? '' : (cells[col] ?? '').trim();
      const parsed = read(text);
      answers[qid] = parsed.codes;
      if (parsed.error !== null) report(qid, text, parsed.error.code, parsed.error.message);
      else if (parsed.codes === null && q.question.required)
        report(
          qid,
          text,
          'required',
          localized((c, lang) => c.ingest.cells.answerRequired(expectedChoice(q, lang))),
        );
      else if (parsed.codes !== null && q.question.min !== undefined && parsed.codes.length < q.question.min)
        report(
          qid,
          text,
          'too_few_answers',
          localized((c) => c.ingest.cells.tooFewAnswers(q.question.min!)),
        );
      for (const t of parsed.other) (other ??= []).push({ row, question: qid, text: t });
    }

    if (this.problems.length > before && this.problems.slice(before).some((p) => p.severity === 'error')) {
      this.rejected++;
      return;
    }
    if (other !== null) this.other.push(...other);
    this.records.push({
      row,
      respondent_id: id,
      community: plainSpaces(community),
      type,
      oblast: iso!,
      population: nullIfNaN(population),
      lat: nullIfNaN(lat),
      lon: nullIfNaN(lon),
      answers,
    });
  }

  /** a row whose shape is wrong (counted as read and rejected) */
  badRow(row: number, code: string, message: Localized): void {
    this.rowsRead++;
    this.rejected++;
    this.problems.push({ file: this.ctx.file, row, column: null, value: null, code, message, severity: 'error' });
  }

  result(): ValidationResult {
    const { problems, records, rowsRead, rejected, other } = this;
    return { records, problems, rowsRead, rowsRejected: rejected, other };
  }

  private name(id: string): string {
    return this.ctx.columnName?.get(id) ?? id;
  }
}

/** "expected <what> (required)"; `what` picks the words from the catalogue's `ingest.cells` */
function required(what: (c: Catalogue['ingest']['cells']) => string): Localized {
  return localized((c) => c.ingest.cells.required(what(c.ingest.cells)));
}

const suspicious: Localized = localized((c) => c.ingest.cells.suspiciousText);

/** C0 controls other than tab and line breaks, or U+FFFD from undecodable bytes. */
function isSuspicious(s: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(s);
}

/** A cell as quoted in a problem: whole unless it is thousands of characters long. */
function shown(value: string): string {
  return value.length <= 200 ? value : `${value.slice(0, 60)}…`;
}

/** Any other white space (no-break, tab) or a run of it is one plain space: a name is published as read, not as typed. */
const ODD_SPACE = /[^\S ]|\s{2,}/;
function plainSpaces(name: string): string {
  return ODD_SPACE.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
}

function nullIfNaN(n: number | null): number | null {
  return n === null || Number.isNaN(n) ? null : n;
}
