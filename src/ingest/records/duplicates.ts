// A community that submitted the form twice (a correction, a double click on "Submit")
// must not be counted twice. Its identity is its KATOTTH code when the name cell holds
// one, else its normalised name within its oblast; repeats are resolved by the
// dataset's `duplicates` setting and every resolution is told, never silent.
import type { Problem, SurveyRecord } from '../../contract/types.ts';
import type { DuplicatePolicy } from '../../contract/dataset.ts';
import { localized } from '../../i18n/index.ts';
import { textKey } from '../../text/text-key.ts';
import { FirstSeen } from './first-seen.ts';
import { parseSubmittedAt, slashOrder } from './submitted-at.ts';
import { rowRanges } from './row-kinds.ts';

export interface DuplicateInput {
  file: string;
  /** accepted records, in file order */
  records: SurveyRecord[];
  policy: DuplicatePolicy;
  /** the submission-time column: its header and the cell of each row (by spreadsheet row), or null */
  submittedAt: {
    column: string;
    cells: Map<number, string>;
    /** an empty cell means a response never sent to the end (LimeSurvey's submitdate) */
    unsentWhenEmpty?: boolean;
    /** the rows whose cell is empty, in file order (the pipeline collects them: data-rows.ts) */
    empty: readonly number[];
  } | null;
  /** the community column's header, for messages */
  communityColumn: string;
  /** rows a tool marks as never finished (Qualtrics' Finished = False): no candidate for the latest when a finished one exists */
  unfinished?: ReadonlySet<number>;
}
export interface DuplicateOutcome {
  /** one record per community, in file order */
  records: SurveyRecord[];
  /** a notice per community resolved, an error per community refused */
  problems: Problem[];
  /** rows left out because a later (or earlier) submission of the same community was kept */
  skipped: number;
  /** rows refused because their community repeats and could not be resolved */
  rejected: number;
  /** communities that submitted more than once and were resolved to one submission */
  resolved: number;
}

const KATOTTH = /UA\d{17}/i;
/**
 * words that say what a community is, not which one: «Славутська міська громада» =
 * «Славутська міська ТГ» = «Славутська міська рада» (the council speaks for its community)
 */
const GENERIC = new Set([
  'громада',
  'територіальна',
  'тг',
  'отг',
  'стг',
  'рада',
  'hromada',
  'territorial',
  'community',
  'council',
]);
/** abbreviations that hold a type word (a Map: a name's word such as «constructor» must not find Object's own): «Бучанська МТГ» = «Бучанська міська ТГ» («СТГ» may be сільська or селищна) */
const ABBREVIATIONS = new Map([
  ['мтг', ['міська']],
  ['мотг', ['міська']],
  ['сотг', ['сільська']],
]);

/** The identity of the community a record speaks for (see the module comment). */
export function communityIdentity(r: Pick<SurveyRecord, 'community' | 'oblast'>): string {
  return nameKeys(r).identity;
}

/** words of a community's type: «Бучанська міська громада» and «Бучанська» may be one community */
const TYPE_WORDS = new Set(['міська', 'селищна', 'сільська', 'city', 'settlement', 'village']);
/** a cheap first look: could the key hold a GENERIC or TYPE_WORDS word? */
const DROPPED_WORD =
  /громада|територіальна|тг|hromada|territorial|community|міська|селищна|сільська|city|settlement|village/;
const KATOTTH_ALL = /UA\d{17}/gi;

interface NameKeys {
  /** see communityIdentity */
  identity: string;
  /** the name without codes, GENERIC and TYPE_WORDS, within its oblast; null when nothing is left */
  loose: string | null;
}

/**
 * Both keys of a record from one normalisation of its name: on a 100,000-row export
 * textKey is the costly part, and each record needs it once (the ingest target of
 * `npm run bench -- ingest`).
 */
function nameKeys(r: Pick<SurveyRecord, 'community' | 'oblast'>): NameKeys {
  const code = KATOTTH.exec(r.community);
  const key = textKey(code === null ? r.community : r.community.replace(KATOTTH_ALL, ' '));
  // Words only when one may be dropped; then one pass over them, no intermediate arrays:
  // every record of a 100,000-row export comes here (`npm run bench -- ingest`).
  const words = DROPPED_WORD.test(key) ? key.split(' ') : [];
  let named = words.length === 0 ? key : '';
  let looseWords = named;
  const take = (w: string) => {
    if (GENERIC.has(w)) return;
    named = named.length === 0 ? w : `${named} ${w}`;
    if (!TYPE_WORDS.has(w)) looseWords = looseWords.length === 0 ? w : `${looseWords} ${w}`;
  };
  for (const w of words) {
    const expanded = ABBREVIATIONS.get(w);
    if (expanded !== undefined) expanded.forEach(take);
    else if (w.length > 0) take(w);
  }
  const identity = code !== null ? `katotth:${code[0].toUpperCase()}` : `${r.oblast}|${named}`;
  return { identity, loose: looseWords.length === 0 ? null : `${r.oblast}|${looseWords}` };
}

/**
 * Resolves repeated communities. keep-latest (the default) keeps the submission with the
 * latest time and refuses the group when there is no readable time; keep-first keeps the
 * earliest (file order when there is no time column); refuse rejects every row of the group.
 */
export function resolveDuplicates(input: DuplicateInput): DuplicateOutcome {
  // Arrays only for the communities that repeat: most surveys have none.
  const keys = input.records.map(nameKeys);
  const first = new FirstSeen<SurveyRecord>(input.records.length);
  const groups = new Map<string, SurveyRecord[]>();
  for (let i = 0; i < input.records.length; i++) {
    const r = input.records[i]!;
    const key = keys[i]!.identity;
    const f = first.firstOr(key, r);
    if (f !== undefined) {
      const g = groups.get(key);
      if (g) g.push(r);
      else groups.set(key, [f, r]);
    }
  }
  const out: DuplicateOutcome = { records: input.records, problems: [], skipped: 0, rejected: 0, resolved: 0 };
  const repeated = [...groups.values()];
  if (repeated.length === 0) {
    out.problems.push(...possibleDuplicates(input, out.records, keys), ...unsubmitted(input, out.records));
    return out;
  }

  const times = input.submittedAt;
  const order = times === null ? 'none' : slashOrder(times.cells.values());
  const timeOf = (r: SurveyRecord, dayFirst = order === 'day-first') => {
    const text = times?.cells.get(r.row);
    return text === undefined ? null : parseSubmittedAt(text, dayFirst);
  };
  /**
   * When no date of the column tells day from month (all read either way: 04/03/2020) and
   * the two readings pick different rows, nothing says which is right: the group is refused.
   */
  const orderDecides = (group: SurveyRecord[], pick: (a: number, b: number) => boolean) => {
    if (order !== 'unknown') return false;
    const best = (dayFirst: boolean) =>
      group.reduce((a, b) => {
        const ta = timeOf(a, dayFirst);
        const tb = timeOf(b, dayFirst);
        return ta !== null && tb !== null && pick(tb, ta) ? b : a;
      });
    return best(true) !== best(false);
  };
  const drop = new Set<number>();
  for (const group of repeated) {
    const rows = group.map((r) => r.row).join(', ');
    const name = group[0]!.community;
    const problem = (severity: Problem['severity'], message: Problem['message'], row: number, code: string) =>
      out.problems.push({ file: input.file, row, column: input.communityColumn, value: name, code, message, severity });
    const refuse = (message: Problem['message']) => {
      problem('error', message, group[0]!.row, 'duplicate_submission');
      for (const r of group) drop.add(r.row);
      out.rejected += group.length;
    };
    if (input.policy === 'refuse') {
      refuse(localized((c) => c.ingest.duplicateRefused(name, rows)));
      continue;
    }
    const stamped = group.map((r) => ({ r, t: timeOf(r) }));
    let kept: SurveyRecord;
    let message: Problem['message'];
    if (input.policy === 'keep-latest') {
      if (times === null) {
        refuse(localized((c) => c.ingest.duplicateNoTime(name, rows)));
        continue;
      }
      // An empty time is a response never sent to the end (LimeSurvey's submitdate): it is
      // no candidate for the latest submission when another one has a time.
      const cell = (r: SurveyRecord) => (times.cells.get(r.row) ?? '').trim();
      const partial = (s: { r: SurveyRecord }) => input.unfinished?.has(s.r.row) ?? false;
      const unfinished = stamped.filter((s) => s.t === null && cell(s.r) === '');
      const timed = stamped.filter((s) => s.t !== null);
      // A response left part way is no candidate when the community finished another one
      // (Qualtrics records an abandoned response when it expires, often after the finished one).
      const finishedOnes = timed.filter((s) => !partial(s));
      const candidates = finishedOnes.length > 0 ? finishedOnes : timed;
      const unreadable = stamped.some((s) => s.t === null && cell(s.r) !== '');
      if (candidates.length === 0 || unreadable) {
        // Name each unreadable cell (cut to 40 characters): the user has to find and fix it.
        const bad = stamped
          .filter((s) => s.t === null)
          .map((s) => ({ row: s.r.row, value: [...cell(s.r)].slice(0, 40).join('') }));
        refuse(localized((c) => c.ingest.duplicateBadTime(name, rows, times.column, bad)));
        continue;
      }
      if (
        orderDecides(
          candidates.map((s) => s.r),
          (b, a) => b >= a,
        )
      ) {
        refuse(localized((c) => c.ingest.duplicateAmbiguousDates(name, rows, times.column)));
        continue;
      }
      // The later row wins a tie: it was written after the other. A tie is said.
      const latest = candidates.reduce((a, b) => (b.t! >= a.t! ? b : a));
      kept = latest.r;
      const tie = candidates.filter((s) => s.t === latest.t).length > 1;
      const open = unfinished.map((s) => s.r.row).join(', ');
      const leftPartWay =
        candidates === finishedOnes
          ? timed
              .filter(partial)
              .map((s) => s.r.row)
              .join(', ')
          : '';
      message = localized(
        (c) =>
          c.ingest.duplicateKeptLatest(name, rows, kept.row, times.column, tie) +
          (open === '' ? '' : c.ingest.duplicateUnfinished(open)) +
          (leftPartWay === '' ? '' : c.ingest.duplicatePartial(leftPartWay)),
      );
    } else {
      const timed = stamped.every((s) => s.t !== null);
      if (timed && times !== null && orderDecides(group, (b, a) => b < a)) {
        refuse(localized((c) => c.ingest.duplicateAmbiguousDates(name, rows, times.column)));
        continue;
      }
      const earliest = timed && times !== null ? stamped.reduce((a, b) => (b.t! < a.t! ? b : a)) : null;
      kept = earliest?.r ?? group[0]!;
      const tie = earliest !== null && stamped.filter((s) => s.t === earliest.t).length > 1;
      message = localized((c) => c.ingest.duplicateKeptFirst(name, rows, kept.row, tie));
    }
    problem('notice', message, kept.row, 'duplicate_resolved');
    for (const r of group) if (r !== kept) drop.add(r.row);
    out.skipped += group.length - 1;
    out.resolved++;
  }
  const stays = input.records.map((r) => !drop.has(r.row));
  out.records = input.records.filter((_, i) => stays[i]);
  out.problems.push(
    ...possibleDuplicates(
      input,
      out.records,
      keys.filter((_, i) => stays[i]),
    ),
    ...unsubmitted(input, out.records),
  );
  return out;
}

/**
 * Rows whose submission time is empty: LimeSurvey leaves `submitdate` empty for a response
 * never sent to the end (those lacking only answers were left out before, pipeline.ts); other
 * tools fill the column themselves, so there the cell was left or cleared by hand. Those whose
 * answers pass are counted; all are told in one notice, so the team can export completed
 * responses only, or check the rows.
 */
function unsubmitted(input: DuplicateInput, records: SurveyRecord[]): Problem[] {
  const times = input.submittedAt;
  if (times === null) return [];
  const empty = times.empty;
  if (empty.length === 0) return [];
  const counted = new Set(records.map((r) => r.row));
  const kept = empty.filter((row) => counted.has(row));
  return [
    {
      file: input.file,
      row: null,
      column: times.column,
      value: '',
      code: 'unsubmitted_response',
      message: localized((c) =>
        (times.unsentWhenEmpty ? c.ingest.unsubmittedResponses : c.ingest.emptySubmissionTime)(
          rowRanges(empty),
          rowRanges(kept),
          times.column,
        ),
      ),
      severity: 'notice',
    },
  ];
}

/**
 * Communities counted separately whose names differ only by a KATOTTH code or a type word
 * («UA32… Бучанська», «Бучанська», «Бучанська міська громада» in one oblast). They may be
 * one community or two, so they are not merged, but told: one notice per name.
 */
function possibleDuplicates(input: DuplicateInput, records: SurveyRecord[], keys: NameKeys[]): Problem[] {
  // A group worth telling holds two identities under one loose key, so at least one member
  // whose loose key is not its identity (a code or a type word left out). Those are few:
  // group them first, then look the others up, instead of grouping every record.
  const byLoose = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const { loose, identity } = keys[i]!;
    if (loose === null || loose === identity) continue;
    const list = byLoose.get(loose);
    if (list) list.push(i);
    else byLoose.set(loose, [i]);
  }
  if (byLoose.size === 0) return [];
  for (let i = 0; i < records.length; i++) {
    const { loose, identity } = keys[i]!;
    if (loose !== null && loose === identity) byLoose.get(loose)?.push(i);
  }
  const groups = [...byLoose.values()].map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
  const problems: Problem[] = [];
  for (const members of groups) {
    if (members.length < 2 || new Set(members.map((i) => keys[i]!.identity)).size < 2) continue;
    const group = members.map((i) => records[i]!);
    const rows = group.map((r) => r.row).join(', ');
    const names = group.map((r) => r.community);
    problems.push({
      file: input.file,
      row: group[0]!.row,
      column: input.communityColumn,
      value: group[0]!.community,
      code: 'possible_duplicate',
      message: localized((c) => c.ingest.possibleDuplicate(names, rows)),
      severity: 'notice',
    });
  }
  return problems;
}
