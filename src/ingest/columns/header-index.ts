// What each header text names in the codebook: the index of ids, labels, short labels and
// aliases (exact, after header normalisation), and the key words that may name a field or
// question in a longer header. Built once per compiled codebook; columns.ts matches with it.
import type { CompiledCodebook, CompiledQuestion } from '../records/codebook.ts';
import { textKey } from '../../text/text-key.ts';
import { headerKey } from './header-key.ts';

export type Target =
  | { kind: 'field'; id: string }
  | { kind: 'question'; id: string }
  | { kind: 'option'; question: string; code: string }
  /** Kobo's `question_other`: the text behind a chosen "other" */
  | { kind: 'other_text'; question: string }
  /** a question's own column when it also has one column per option: checked, not read (option-columns.ts) */
  | { kind: 'summary'; question: string }
  | { kind: 'tool_id' }
  | { kind: 'geopoint' }
  | { kind: 'ignored'; why: 'personal' | 'meta' | 'duplicate' | 'unknown' | 'empty' | 'map' };
export type How = 'id' | 'label' | 'alias' | 'keyword' | 'map' | 'tool' | 'path';

/** a match; `clash` lists the targets a header fits by key words when more than one does */
/** `unknownOption`: a column under a question whose option label the codebook does not know */
export type Entry = { target: Target; how: How; clash?: Target[]; unknownOption?: { question: string; label: string } };

// The header index and the key words depend on the codebook only; locating the header plans
// up to 24 candidate rows, so each is built once per compiled codebook (a fifth of the
// 100,000-row ingest's fixed cost in `npm run bench -- ingest`).
const indexes = new WeakMap<CompiledCodebook, Map<string, Entry | null>>();
const keywordLists = new WeakMap<CompiledCodebook, { target: Target; phrases: string[][] }[]>();

/** header key → what it names, from ids, uk/en labels, short labels and aliases of the codebook */
export function headerIndex(cb: CompiledCodebook): Map<string, Entry | null> {
  let index = indexes.get(cb);
  if (index === undefined) indexes.set(cb, (index = buildHeaderIndex(cb)));
  return index;
}

function buildHeaderIndex(cb: CompiledCodebook): Map<string, Entry | null> {
  const index = new Map<string, Entry | null>();
  const add = (text: string | undefined, target: Target, how: How) => {
    if (!text) return;
    const key = headerKey(text);
    const had = index.get(key);
    // The same wording for two things is ambiguous: keep neither (null) rather than guess.
    if (had === undefined) index.set(key, { target, how });
    else if (had !== null && JSON.stringify(had.target) !== JSON.stringify(target)) index.set(key, null);
  };
  for (const f of cb.fields) {
    const t: Target = { kind: 'field', id: f.id };
    add(f.id, t, 'id');
    add(f.label.uk, t, 'label');
    add(f.label.en, t, 'label');
    for (const a of f.aliases ?? []) add(a, t, 'alias');
  }
  for (const { question: q } of cb.questions) {
    const t: Target = { kind: 'question', id: q.id };
    add(q.id, t, 'id');
    for (const text of [q.label.uk, q.label.en, q.short.uk, q.short.en]) add(text, t, 'label');
    for (const a of q.aliases ?? []) add(a, t, 'alias');
  }
  return index;
}

/** Targets whose key words all appear in the header (each as the start of a word). */
export function keywordTargets(key: string, cb: CompiledCodebook): Target[] {
  let list = keywordLists.get(cb);
  if (list === undefined) {
    const stems = (keywords: string[] | undefined) => (keywords ?? []).map((k) => textKey(k).split(' '));
    list = [
      ...cb.fields.map((f) => ({ target: { kind: 'field', id: f.id } as Target, phrases: stems(f.keywords) })),
      ...cb.questions.map(({ question: q }) => ({
        target: { kind: 'question', id: q.id } as Target,
        phrases: stems(q.keywords),
      })),
    ];
    keywordLists.set(cb, list);
  }
  const words = key.split(' ');
  const fits = (phrase: string[]) => phrase.every((stem) => words.some((w) => w.startsWith(stem)));
  return list.filter((k) => k.phrases.some(fits)).map((k) => k.target);
}

export function optionCode(q: CompiledQuestion, text: string): string | undefined {
  return q.lookup.get(textKey(text));
}

/** the question a header text names exactly, if any */
export function questionOf(text: string, index: Map<string, Entry | null>): string | null {
  const e = index.get(headerKey(text));
  return e && e.target.kind === 'question' ? e.target.id : null;
}
