// Reads single cells. One path that both reads and explains: a bad value comes back
// with its reason (choices) or as NaN (numbers) for the validator to report; nothing throws.
import type { CompiledQuestion } from './codebook.ts';
import type { Lang, Localized } from '../../contract/types.ts';
import { textKey } from '../../text/text-key.ts';
import { nearMatches } from '../../text/did-you-mean.ts';
import { localized, t } from '../../i18n/index.ts';
import { splitAtSpaces, splitWithOtherRest } from './split-summary.ts';

export interface ChoiceParse {
  /** codes in codebook order, deduplicated; null when the cell is empty */
  codes: string[] | null;
  /** what was wrong, when something was */
  error: { code: string; message: Localized } | null;
  /** free text that counted as the option "other" (questions with "other": true), verbatim */
  other: string[];
}

const EMPTY: ChoiceParse = { codes: null, error: null, other: [] };
const LIST_SEPARATOR = /[|;]/;

/**
 * Reads a choice cell in any of the survey tools' forms: one answer; a list joined by
 * "|" or ";" (a trailing ";" too, as Microsoft Forms writes); labels joined by ", " as
 * Google Forms writes them (a label may itself hold a comma, so known labels are matched
 * rather than the text split blindly); choice names separated by spaces (KoboToolbox).
 * Text matching no option is the option "other" where the question allows it, else an error
 * naming the closest option.
 */
export function parseChoice(cell: string, q: CompiledQuestion): ChoiceParse {
  const text = cell.trim();
  if (text.length === 0) return EMPTY;
  // No option's spelling holds "|" or ";" (see the codebook schema), so they always separate.
  const listed = text.indexOf('|') >= 0 || text.indexOf(';') >= 0;
  // The commonest cell by far: one known answer. Read without the arrays a list needs:
  // every choice cell of a 100,000-row export comes here (`npm run bench -- ingest`).
  const one = listed ? undefined : q.find(text);
  if (one !== undefined) return interned(q, 1 << q.order.get(one)!);
  const found: string[] = [];
  const unknown: string[] = [];
  const ambiguous: string[][][] = [];
  for (const part of listed ? text.split(LIST_SEPARATOR) : [text]) {
    const p = part.trim();
    if (p.length > 0) readPart(p, q, found, unknown, ambiguous);
  }
  if (ambiguous.length > 0) return { codes: null, error: ambiguousSplit(ambiguous[0]!), other: [] };
  if (unknown.length > 0 && q.question.other) {
    found.push('other');
    return finish(found, q, unknown);
  }
  if (unknown.length > 0) return { codes: null, error: unknownAnswer(unknown, q), other: [] };
  return finish(found, q, []);
}

/** One part of a cell: an answer, ", "-joined labels, or space-separated choice names. */
function readPart(p: string, q: CompiledQuestion, found: string[], unknown: string[], ambiguous: string[][][]): void {
  const code = q.find(p);
  if (code !== undefined) found.push(code);
  else if (q.question.type !== 'multi') unknown.push(p);
  else if (p.includes(',')) {
    const r = byKnownLabels(p, q);
    found.push(...r.found);
    unknown.push(...r.unknown);
  } else if (/\s/.test(p) && p.split(/\s+/).every((w) => q.codes.includes(w))) found.push(...p.split(/\s+/));
  else if (/\s/.test(p)) {
    // Labels joined by spaces: split only where every part is an option (split-summary.ts).
    const split = splitAtSpaces(p, (t) => q.find(t));
    // No split into options alone: leading options with "Other" text after them, where the
    // question has an "Other" answer.
    const withOther = split === null && q.question.other ? splitWithOtherRest(p, (t) => q.find(t)) : null;
    if (split !== null) {
      if ('codes' in split) found.push(...split.codes);
      else ambiguous.push(split.ambiguous);
    } else if (withOther === null) unknown.push(p);
    else if ('codes' in withOther) {
      found.push(...withOther.codes);
      unknown.push(withOther.rest);
    } else ambiguous.push(withOther.ambiguous);
  } else unknown.push(p);
}

/** per question: set of chosen options (a bit per codebook position) → the one shared reading */
const readings = new WeakMap<CompiledQuestion, Map<number, ChoiceParse>>();

function finish(found: string[], q: CompiledQuestion, other: string[]): ChoiceParse {
  if (found.length === 0) return EMPTY;
  // Equal answers become one object (the tally codes each distinct answer once), keyed by a
  // bit set of codebook positions (≤ 30 options, see the codebook schema), which also dedupes
  // and orders the codes.
  let set = 0;
  for (const c of found) set |= 1 << q.order.get(c)!;
  const count = found.length === 1 ? 1 : bits(set);
  if (q.question.type !== 'multi' && count > 1)
    return {
      codes: null,
      error: {
        code: 'one_answer_only',
        message: localized((c, lang) => c.ingest.cells.oneAnswerOnly(expectedChoice(q, lang))),
      },
      other: [],
    };
  const parse = interned(q, set);
  return other.length > 0 ? { ...parse, other } : parse;
}

/** the one shared reading of the set of options `set` (a bit per codebook position) */
function interned(q: CompiledQuestion, set: number): ChoiceParse {
  let table = readings.get(q);
  if (table === undefined) readings.set(q, (table = new Map()));
  let parse = table.get(set);
  if (parse === undefined)
    table.set(set, (parse = { codes: q.codes.filter((_, k) => set & (1 << k)), error: null, other: [] }));
  return parse;
}

function bits(set: number): number {
  let n = 0;
  for (let s = set; s !== 0; s &= s - 1) n++;
  return n;
}

/** Splits ", "-joined labels by matching the longest known label at each point; the rest stays as free text. */
function byKnownLabels(text: string, q: CompiledQuestion): { found: string[]; unknown: string[] } {
  const pieces = text.split(',');
  const found: string[] = [];
  const unknown: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    const t = pending.join(',').trim();
    if (t.length > 0) unknown.push(t);
    pending = [];
  };
  for (let i = 0; i < pieces.length;) {
    let matched = 0;
    for (let j = pieces.length; j > i; j--) {
      const code = q.find(pieces.slice(i, j).join(','));
      if (code !== undefined) {
        flush();
        found.push(code);
        matched = j - i;
        break;
      }
    }
    if (matched === 0) pending.push(pieces[i++]!);
    else i += matched;
  }
  flush();
  return { found, unknown };
}

function ambiguousSplit(readings: string[][]): { code: string; message: Localized } {
  const list = readings.map((r) => r.map((part) => `«${part}»`).join(' + ')).join('; ');
  return { code: 'ambiguous_split', message: localized((c) => c.ingest.ambiguousSplit(list)) };
}

function unknownAnswer(unknown: string[], q: CompiledQuestion): { code: string; message: Localized } {
  const hint = closestOption(unknown[0]!, q);
  const list = unknown.map((u) => `«${u}»`).join(', ');
  const message = localized((c, lang) =>
    c.ingest.cells.unknownAnswer(list, hint === null ? null : hint[lang], expectedChoice(q, lang)),
  );
  return { code: 'unknown_answer', message };
}

/** The option whose spelling is closest to `text`, when it is close enough to be a typo (text/did-you-mean.ts). */
function closestOption(text: string, q: CompiledQuestion): Localized | null {
  const spellings = [...q.lookup].map(([key, code]) => ({ key, value: code }));
  const best = nearMatches(textKey(text), spellings)[0]?.value;
  return best === undefined ? null : q.question.options.find((o) => o.code === best)!.label;
}

/** What a cell of this question may hold, in the message's language, with labels (not our codes). */
export function expectedChoice(q: CompiledQuestion, lang: Lang): string {
  const c = t(lang).ingest.cells;
  if (q.question.type === 'boolean') return c.expectedYesNo;
  const labels = q.question.options.map((o) => `«${o.label[lang]}»`).join(', ');
  return q.question.type === 'multi' ? c.expectedSomeOf(labels) : c.expectedOneOf(labels);
}

// Thousands grouped by space, no-break space (U+00A0), narrow no-break space (U+202F),
// thin space (U+2009) or comma, as Excel in Ukrainian or English locales writes them.
const INTEGER = /^[+-]?(?:\d+|\d{1,3}(?:[ \u00a0\u202f\u2009,]\d{3})+)$/;
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009,]/g;
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Whole number, or NaN when the text is not one. Empty text is the caller's concern. */
export function parseInteger(text: string): number {
  return INTEGER.test(text) ? Number(text.replace(GROUP_SEPARATORS, '')) : NaN;
}

/** Decimal number with "." or "," as the decimal mark (no thousands separators), or NaN. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : NaN;
}
