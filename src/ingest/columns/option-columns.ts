// One column per option (0/1, 1/empty, Y/empty, the label or empty, TRUE/FALSE) says
// without doubt what was chosen; a summary column of labels joined by spaces or commas
// may not (a label holding a comma or a space splits wrongly). When a question has both,
// the option columns are read and the summary only checked against them, row by row.
import type { Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import { parseChoice } from '../records/cells.ts';
import type { CompiledCodebook } from '../records/codebook.ts';
import type { ColumnMatch } from './columns.ts';

/**
 * "Other, please specify" text columns as the tools head them: Qualtrics `… - Other - Text` (any choice label),,
 * LimeSurvey `…[other]`, KoboToolbox `…_other` (labelled «Specify other.»), hand-made «… (уточніть)», «Інше: …»,
 * «Інше (вкажіть)», «Вкажіть інше».
 * The capture is what is left of the header once the marker is gone (maybe the question).
 */
const OTHER_SPECIFY = [
  /^(.*?)\s+-\s+[^-]+?\s+-\s+Text$/i,
  /^(.*?)\s*\[\s*(?:other|інше)\s*\]$/i,
  /^(.*?)_other$/i,
  /^(.*?)[\s,:–—-]*(?:\(?\s*(?:інше|other)\s*[,:]?\s*)?\(\s*(?:уточніть|вкажіть|зазначте|please specify|specify)\s*\)\s*:?$/i,
  /^(.*?)[\s,:–—-]*(?:інше|other)\s*(?:[,:(]\s*(?:уточніть|вкажіть|зазначте|please specify|specify)\)?)?\s*:$/i,
  /^(.*?)[\s,:–—-]*(?:інше|other)\s*[,:(]\s*(?:уточніть|вкажіть|зазначте|please specify|specify)\)?\s*$/i,
  /^(?:інше|other)\s*:\s*(.*)$/i,
  // pyxform's label for the text question `or_other` adds, «Specify other.» (Kobo "with labels"), and its Ukrainian.
  /^(?:(.*?)[\s/:,–—-]+)?(?:please\s+)?(?:specify|уточніть|вкажіть|зазначте)\s+(?:other|інше)\s*[.:]?$/i,
];

/**
 * Attaches "Other, specify" columns to their question as its free text, never as the
 * question itself: the question named before the marker, else the question of the nearest
 * column to the left (tools put the text right after the question or its options).
 * `questionOf` names the question a header text stands for, or null.
 */
export function attachOtherSpecify(columns: ColumnMatch[], questionOf: (text: string) => string | null): void {
  let last: string | null = null;
  for (const c of columns) {
    const t = c.target;
    const rest = otherSpecifyRest(c.header);
    if (rest !== null && t.kind !== 'option') {
      const q = (rest.length > 0 ? questionOf(rest) : null) ?? last;
      if (q !== null) {
        c.target = { kind: 'other_text', question: q };
        c.how = 'label';
        continue;
      }
    }
    if (t.kind === 'question') last = t.id;
    else if (t.kind === 'option' || t.kind === 'other_text') last = t.question;
    else if (t.kind !== 'ignored') last = null;
  }
}

/** The header with its "other, specify" marker removed (maybe empty), or null when it has none. */
export function otherSpecifyRest(header: string): string | null {
  const h = header.trim();
  for (const re of OTHER_SPECIFY) {
    const m = re.exec(h);
    if (m) return (m[1] ?? '').replace(/[\s/:,–—-]+$/, '').trim();
  }
  return null;
}

/**
 * Turns a question's own column into its summary when the question also has option columns.
 * A lone "[Інше]"/"[other]" column beside a question's own column is no option column but
 * the question's "other" text (LimeSurvey writes `Q [other]` for it): attached as such.
 */
export function preferOptionColumns(columns: ColumnMatch[]): void {
  const optionsOf = new Map<string, ColumnMatch[]>();
  for (const c of columns)
    if (c.target.kind === 'option') optionsOf.set(c.target.question, [...(optionsOf.get(c.target.question) ?? []), c]);
  const asked = new Set(columns.flatMap((c) => (c.target.kind === 'question' ? [c.target.id] : [])));
  for (const [question, cols] of optionsOf) {
    const only = cols[0]!;
    if (cols.length === 1 && asked.has(question) && only.target.kind === 'option' && only.target.code === 'other') {
      only.target = { kind: 'other_text', question };
      optionsOf.delete(question);
    }
  }
  const optioned = new Set(optionsOf.keys());
  for (const c of columns)
    if (c.target.kind === 'question' && optioned.has(c.target.id))
      c.target = { kind: 'summary', question: c.target.id };
}

export interface SummaryDisagreement {
  column: string;
  value: string;
  message: Localized;
}

/**
 * A check of each row's summary cells against what the option columns gave (`adapted`:
 * the row in codebook terms, `ids` its order). A summary that cannot be read (labels split
 * ambiguously) is not compared: the option columns were read instead of it.
 */
export function createSummaryCheck(
  columns: ColumnMatch[],
  cb: CompiledCodebook,
  ids: string[],
): ((raw: string[], adapted: string[]) => SummaryDisagreement[]) | null {
  const summaries = columns.flatMap((c) =>
    c.target.kind === 'summary'
      ? [{ c, q: cb.question.get(c.target.question)!, at: ids.indexOf(c.target.question) }]
      : [],
  );
  if (summaries.length === 0) return null;
  return (raw, adapted) => {
    const out: SummaryDisagreement[] = [];
    for (const { c, q, at } of summaries) {
      const text = (raw[c.index] ?? '').trim();
      const said = parseChoice(text, q);
      const read = parseChoice(adapted[at] ?? '', q);
      if (said.error !== null || read.error !== null) continue;
      const a = (said.codes ?? []).join('|');
      const b = (read.codes ?? []).join('|');
      if (a === b) continue;
      const labels = (lang: 'uk' | 'en') =>
        (read.codes ?? []).map((code) => q.question.options.find((o) => o.code === code)?.label[lang] ?? code);
      out.push({
        column: c.header,
        value: text,
        message: localized((m, lang) => m.ingest.summaryDisagrees(labels(lang))),
      });
    }
    return out;
  };
}
