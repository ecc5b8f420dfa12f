// The codebook compiled into lookup tables once per run, so each cell costs a
// Map lookup instead of a scan over labels and aliases.
import type { Codebook, Field, Question } from '../../contract/types.ts';
import { textKey } from '../../text/text-key.ts';
import { memoByText } from '../../text/memo.ts';
import { CodebookSchema } from '../../contract/codebook.ts';
import { loadJson } from '../../contract/load.ts';
import { checkFieldRanges } from './field-ranges.ts';

export interface CompiledQuestion {
  question: Question;
  /** normalised code / uk label / en label / alias → code */
  lookup: Map<string, string>;
  /** code → position in the codebook, for canonical ordering of multi answers */
  order: Map<string, number>;
  codes: string[];
  /** the code a spelling names (code, uk/en label or alias, any case or spacing), or undefined */
  find(text: string): string | undefined;
}
export interface CompiledCodebook {
  codebook: Codebook;
  fields: Field[];
  questions: CompiledQuestion[];
  question: Map<string, CompiledQuestion>;
  /** every column id the export may carry */
  columns: Set<string>;
}

// Accepted for every boolean question whatever the codebook aliases say.
// A Map, not an object: an option code such as "constructor" must not find Object's own.
const BOOLEAN_WORDS = new Map([
  ['yes', ['yes', 'так', 'true', '1']],
  ['no', ['no', 'ні', 'false', '0']],
]);

/** Reads and validates data/codebook.json; throws ConfigError naming the path of each problem. */
export function loadCodebook(path: string): Codebook {
  return loadJson(path, CodebookSchema);
}

export function compileCodebook(codebook: Codebook): CompiledCodebook {
  checkFieldRanges(codebook.fields);
  const questions = codebook.questions.map(compileQuestion);
  return {
    codebook,
    fields: codebook.fields,
    questions,
    question: new Map(questions.map((q) => [q.question.id, q])),
    columns: new Set([...codebook.fields.map((f) => f.id), ...codebook.questions.map((q) => q.id)]),
  };
}

function compileQuestion(question: Question): CompiledQuestion {
  const lookup = new Map<string, string>();
  const add = (text: string, code: string) => {
    const key = textKey(text);
    const owner = lookup.get(key);
    if (owner !== undefined && owner !== code) {
      throw new Error(`codebook: "${text}" means both "${owner}" and "${code}" in question ${question.id}`);
    }
    lookup.set(key, code);
  };
  for (const o of question.options) {
    for (const text of [o.code, o.label.uk, o.label.en, ...(o.aliases ?? [])]) add(text, o.code);
    if (question.type === 'boolean') for (const w of BOOLEAN_WORDS.get(o.code) ?? []) add(w, o.code);
  }
  const codes = question.options.map((o) => o.code);
  // Exports repeat a few dozen spellings endlessly: each distinct one is normalised once.
  const find = memoByText((text) => lookup.get(textKey(text)));
  return { question, lookup, order: new Map(codes.map((c, i) => [c, i])), codes, find };
}
