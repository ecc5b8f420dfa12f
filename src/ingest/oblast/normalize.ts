// Raw "oblast" cell → one of the 27 oblast-level units, and how it was recognised;
// or why not, with the units it might have meant. Never a guess: a value that looks
// like a code is read only as a code, and a name gets one suggestion only when one
// unit is clearly closer than every other.
import type { Localized, OblastUnit } from '../../contract/types.ts';
import { readCode, type CodeScheme } from './codes.ts';
import { nearMatches, typoLimit } from '../../text/did-you-mean.ts';
import { placeKey } from './place-key.ts';
import * as messages from './messages.ts';
import { centreForms, nameForms, registryNames } from './variants.ts';

interface OblastFound {
  ok: true;
  unit: OblastUnit;
  /** a code (see `scheme`), one of the unit's names, or its administrative centre */
  via: 'code' | 'name' | 'centre';
  scheme: CodeScheme | null;
  /** for a centre read as its oblast: say so once */
  notice: Localized | null;
}
interface OblastNotFound {
  ok: false;
  kind: 'empty' | 'unknown-code' | 'unknown-name' | 'too-long' | 'slash-mismatch';
  /** one: the unit it clearly means; two or three: equally likely; none: nothing close (always none for codes) */
  candidates: OblastUnit[];
  message: Localized;
}
export type OblastMatch = OblastFound | OblastNotFound;

export interface OblastMatcher {
  /** The unit a cell names, or why it names none. */
  resolve(raw: string): OblastMatch;
  /** ISO code of the unit a cell names, or null. */
  match(raw: string): string | null;
  /** work done so far, to prove suggestions stay bounded: edit distances computed, values searched */
  readonly stats: { distanceComputations: number; suggestionsSearched: number };
}

interface Entry {
  unit: OblastUnit;
  via: 'name' | 'centre';
}

/** Exports repeat a few spellings endlessly; answers are remembered up to this many. */
const MEMO_LIMIT = 10_000;
/**
 * Distinct unknown names that get suggestions, per matcher (one export): a few ms
 * each, so a column of free text costs seconds, not hours. Later ones are reported
 * without suggestions, and say so.
 */
export const SUGGESTION_LIMIT = 1_000;

/**
 * A matcher over the registry's units (data/oblasts.json, registry order).
 * @throws Error when two units claim one spelling under placeKey (a registry bug).
 */
export function createOblastMatcher(units: OblastUnit[]): OblastMatcher {
  const { byKey, ownKeys, keys, maxKeyLength, maxLength } = indexOf(units);
  const stats = { distanceComputations: 0, suggestionsSearched: 0 };
  const memo = new Map<string, OblastMatch>();

  /** `text` normalised, `value` as written (for messages) */
  function byCode(text: string, value: string): OblastMatch | null {
    const code = readCode(text);
    if (code === null) return null;
    const unknown: OblastNotFound = {
      ok: false,
      kind: 'unknown-code',
      candidates: [],
      message: messages.unknownCodeMessage(value),
    };
    if (code === 'malformed') return unknown;
    const unit = units.find((u) => (code.scheme === 'iso' ? u.iso : codeNumber(u, code.scheme)) === code.key);
    return unit === undefined ? unknown : { ok: true, unit, via: 'code', scheme: code.scheme, notice: null };
  }

  function byName(text: string, value: string): OblastMatch {
    const key = placeKey(text);
    const entry = byKey.get(key);
    if (entry === undefined) {
      const searched = stats.suggestionsSearched < SUGGESTION_LIMIT;
      const candidates = searched ? suggest(key) : [];
      const message = messages.unknownNameMessage(value, candidates, searched ? null : SUGGESTION_LIMIT);
      return { ok: false, kind: 'unknown-name', candidates, message };
    }
    const notice = entry.via === 'centre' ? messages.centreNotice(value, entry.unit) : null;
    return { ok: true, unit: entry.unit, via: entry.via, scheme: null, notice };
  }

  /** Units whose spellings are within the tolerance of `key`, closest first; see OblastNotFound.candidates. */
  function suggest(key: string): OblastUnit[] {
    const limit = typoLimit(key.length);
    if (key.length === 0 || key.length > maxKeyLength + limit) return [];
    stats.suggestionsSearched++;
    const best = nearest(key, limit, keys);
    const d1 = Math.min(...best.values());
    if (!Number.isFinite(d1)) return [];
    // Clearly closest: every other unit needs more edits, and at least twice as many.
    // So look past the tolerance for units nearly as close as the nearest one.
    const clear = Math.max(d1 + 1, 2 * d1);
    if (clear - 1 > limit) {
      const rest = keys.filter((k) => !best.has(k.unit));
      for (const [unit, d] of nearest(key, clear - 1, rest)) best.set(unit, d);
    }
    const ranked = [...best].sort((a, b) => a[1] - b[1]);
    const [first, second] = ranked as [[OblastUnit, number], [OblastUnit, number] | undefined];
    if (second === undefined || second[1] >= clear) return [first[0]];
    // Otherwise the units tied for closest, or the closest and those one edit behind it.
    const tied = ranked.filter(([, d]) => d === d1);
    const close = tied.length > 1 ? tied : ranked.filter(([, d]) => d <= d1 + 1);
    return close.length <= 3 ? close.map(([u]) => u) : [];
  }

  /** Each unit's smallest distance from `key` among `among`, for units within `limit` (text/did-you-mean.ts). */
  function nearest(key: string, limit: number, among: typeof keys): Map<OblastUnit, number> {
    const near = among.filter((k) => Math.abs(k.key.length - key.length) <= limit);
    stats.distanceComputations += near.length;
    const spellings = near.map((k) => ({ key: k.key, value: k.unit }));
    return new Map(nearMatches(key, spellings, limit).map((m) => [m.value, m.distance]));
  }

  function lookup(raw: string): OblastMatch {
    const value = raw.trim();
    if (value.length === 0) return { ok: false, kind: 'empty', candidates: [], message: messages.emptyMessage() };
    if (value.length > maxLength)
      return { ok: false, kind: 'too-long', candidates: [], message: messages.tooLongMessage(value.length) };
    const text = value.normalize('NFC');
    const code = byCode(text, value);
    if (code !== null) return code;
    // KOATUU names units as "ВІННИЦЬКА ОБЛАСТЬ/М.ВІННИЦЯ": the unit, then its centre.
    const slash = text.indexOf('/');
    if (slash < 0) return byName(text, value);
    const found = byName(text.slice(0, slash), value);
    const after = text.slice(slash + 1).trim();
    if (!found.ok || after.length === 0 || ownKeys.get(found.unit)!.has(placeKey(after))) return found;
    return {
      ok: false,
      kind: 'slash-mismatch',
      candidates: [found.unit],
      message: messages.slashMismatchMessage(value, found.unit, after),
    };
  }

  return {
    stats,
    resolve(raw) {
      const hit = memo.get(raw);
      if (hit !== undefined) return hit;
      const result = lookup(raw);
      if (memo.size < MEMO_LIMIT && raw.length <= maxLength) memo.set(raw, result);
      return result;
    },
    match(raw) {
      const r = this.resolve(raw);
      return r.ok ? r.unit.iso : null;
    },
  };
}

interface Index {
  byKey: Map<string, Entry>;
  /** each unit's own keys (names and centre, also Kyiv for Kyiv Oblast), for the KOATUU name form */
  ownKeys: Map<OblastUnit, Set<string>>;
  keys: { key: string; unit: OblastUnit }[];
  maxKeyLength: number;
  /** longer than any name written three times over: not a name, answered without looking further */
  maxLength: number;
}
// Built once per registry array: every pipeline run makes a matcher, and keying ~1,100 spellings each time adds up.
const indexes = new WeakMap<OblastUnit[], Index>();

function indexOf(units: OblastUnit[]): Index {
  const cached = indexes.get(units);
  if (cached) return cached;
  const byKey = buildKeyMap(units);
  const keys = [...byKey].map(([key, entry]) => ({ key, unit: entry.unit }));
  const longestName = Math.max(...units.flatMap((u) => [...registryNames(u), ...centreForms(u)].map((n) => n.length)));
  const index: Index = {
    byKey,
    ownKeys: new Map(units.map((u) => [u, new Set([...nameForms(u), ...centreForms(u)].map(placeKey))])),
    keys,
    maxKeyLength: Math.max(...keys.map((k) => k.key.length)),
    maxLength: 3 * longestName,
  };
  indexes.set(units, index);
  return index;
}

/** The two-digit number a non-ISO code of `unit` starts with, from its registry fields. */
function codeNumber(unit: OblastUnit, scheme: Exclude<CodeScheme, 'iso'>): string {
  if (scheme === 'katotth') return unit.katotth.slice(2);
  if (scheme === 'pcode') return unit.pcode.slice(2);
  return unit.koatuu.slice(0, 2);
}

/**
 * Every spelling's placeKey → the unit it names, and whether as a name or as the
 * administrative centre. A unit's name that spells its own centre ("Lviv") counts as
 * the centre, so it gets a notice; a centre that is itself a unit (Kyiv, centre of
 * Kyiv Oblast) stays that unit.
 * @throws Error when two units claim one key — the proof that the key never confuses units.
 */
export function buildKeyMap(units: OblastUnit[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const unit of units) {
    for (const name of nameForms(unit)) {
      const key = placeKey(name);
      const owner = map.get(key);
      if (owner !== undefined && owner.unit !== unit) throw clash(name, owner.unit, unit);
      map.set(key, { unit, via: 'name' });
    }
  }
  for (const unit of units) {
    for (const name of centreForms(unit)) {
      const key = placeKey(name);
      const owner = map.get(key);
      // A name that is also the centre's name ("Lviv", "Львів") is read as the centre: say so.
      if (owner === undefined || owner.unit === unit) map.set(key, { unit, via: 'centre' });
      else if (!(owner.via === 'name' && owner.unit.kind === 'city')) throw clash(name, owner.unit, unit);
    }
  }
  return map;
}

function clash(name: string, a: OblastUnit, b: OblastUnit): Error {
  return new Error(`oblast registry: "${name}" (key "${placeKey(name)}") names both ${a.iso} and ${b.iso}`);
}
