// Option columns that do not say their question: a bare option label («Освіта») beside its
// question's column, which is read as that question's option when only one multi-answer
// question in the file has it (or the nearest one to its left does); and a SurveyMonkey
// option column moved away from its question, which is reported rather than read.
import type { CompiledCodebook } from '../records/codebook.ts';
import { localized } from '../../i18n/index.ts';
import type { ColumnMatch, PlanMessage } from './columns.ts';
import { optionCode } from './header-index.ts';
import { otherSpecifyRest } from './option-columns.ts';

/**
 * Columns headed by an option's label alone («Освіта», «Туризм») beside their question's
 * column: a team's sheet (or an export) with one 0/1 or TRUE/FALSE column per option. They
 * are that question's option columns — read, and the question's own column checked against
 * them (option-columns.ts) — when the label names an option of exactly one multi-answer
 * question present in the file.
 */
export function bareOptionColumns(
  columns: ColumnMatch[],
  cb: CompiledCodebook,
): { column: string; questions: string[] }[] {
  const ambiguous: { column: string; questions: string[] }[] = [];
  const present = new Set(
    columns.flatMap((c) =>
      c.target.kind === 'question' ? [c.target.id] : c.target.kind === 'option' ? [c.target.question] : [],
    ),
  );
  const multi = [...present].map((id) => cb.question.get(id)!).filter((q) => q.question.type === 'multi');
  if (multi.length === 0) return ambiguous;
  const taken = new Set(
    columns.flatMap((c) => (c.target.kind === 'option' ? [`${c.target.question}/${c.target.code}`] : [])),
  );
  for (const c of columns) {
    if (c.target.kind !== 'ignored' || c.target.why !== 'unknown' || c.how !== null) continue;
    // «Інше (уточніть)» is the "other" text, which attachOtherSpecify gives its question
    if (otherSpecifyRest(c.header) !== null) continue;
    const owners = multi.flatMap((q) => {
      const code = optionCode(q, c.header);
      return code === undefined || taken.has(`${q.question.id}/${code}`) ? [] : [{ question: q.question.id, code }];
    });
    // An option two questions share («Навчання персоналу») belongs to the nearest question
    // column to its left, as option columns follow their question; else it is not guessed.
    // (Only then: a scan to the left for every unknown column made 100,000 of them quadratic.)
    if (owners.length === 0) continue;
    const owner = owners.length === 1 ? owners[0] : nearestOnTheLeft(columns, c.index, owners);
    if (owner !== undefined) {
      c.target = { kind: 'option', ...owner };
      c.how = 'label';
    } else if (owners.length > 1) ambiguous.push({ column: c.header, questions: owners.map((o) => o.question) });
  }
  return ambiguous;
}

/** Of `owners`, the one whose question column is the nearest to the left of `index`, if any. */
function nearestOnTheLeft(
  columns: readonly ColumnMatch[],
  index: number,
  owners: { question: string; code: string }[],
): { question: string; code: string } | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const t = columns[i]!.target;
    if (t.kind !== 'question') continue;
    const owner = owners.find((o) => o.question === t.id);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

/**
 * A column no question heads whose second-row label names an option of a question whose
 * other options have columns: an option column moved away from its question (SurveyMonkey's
 * question heads its first option column only). Its answers are not read — said, not silent.
 */
export function strayOptionColumns(
  columns: ColumnMatch[],
  subs: (string | null)[],
  cb: CompiledCodebook,
): PlanMessage[] {
  const optioned = new Set(columns.flatMap((c) => (c.target.kind === 'option' ? [c.target.question] : [])));
  return columns.flatMap((c, i) => {
    const sub = subs[i];
    if (sub === null || sub === undefined || c.target.kind !== 'ignored' || c.target.why !== 'unknown') return [];
    const owners = [...optioned].filter((q) => optionCode(cb.question.get(q)!, sub) !== undefined);
    if (owners.length !== 1) return [];
    const q = cb.question.get(owners[0]!)!.question;
    return [
      {
        code: 'stray_option_column',
        column: c.header,
        severity: 'notice' as const,
        message: localized((m, lang) => m.ingest.strayOptionColumn(sub, q.short[lang])),
      },
    ];
  });
}
