// LimeSurvey can export question codes instead of question texts (Responses → Export →
// "Question: Question code"): headers such as `G01Q03` and `G01Q04[SQ001]`. Nothing in them
// says which question they are, so the codebook cannot match them; the file is then refused for
// its missing columns, and this says why, with the two ways out.
import type { ColumnMatch } from './columns.ts';

/** A LimeSurvey question code, with a subquestion code in brackets: `Q1`, `G01Q04[SQ001]`, `q3[other]`. */
const QUESTION_CODE = /^[A-Za-z][A-Za-z0-9_]{0,19}(?:\[[A-Za-z0-9_]{1,20}\])?$/;

/**
 * The headers left unmatched in a LimeSurvey export that are question codes, when they are at
 * least half of the unmatched ones and no question of the codebook was found: an export by
 * question code. Empty otherwise (a few coded columns beside matched texts are mapped as usual).
 */
export function limeSurveyCodeHeaders(columns: readonly ColumnMatch[]): string[] {
  if (columns.some((c) => c.target.kind === 'question' || c.target.kind === 'option')) return [];
  const unknown = columns.filter((c) => c.target.kind === 'ignored' && c.target.why === 'unknown');
  const coded = unknown.filter((c) => QUESTION_CODE.test(c.header.trim())).map((c) => c.header.trim());
  return coded.length > 0 && coded.length * 2 >= unknown.length ? coded : [];
}
