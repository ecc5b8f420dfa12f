// Running totals for one group of respondents (an oblast, or the country), filled
// in a single pass with typed-array counters. Answers arrive pre-coded (see
// CodedAnswer) so that counting a respondent is array increments, not lookups by code.
import type { Codebook, SurveyRecord } from '../../contract/types.ts';
import { componentScore, IndexAccumulator } from './readiness.ts';

export interface GroupPlan {
  codebook: Codebook;
  questions: { id: string; codes: string[]; order: Map<string, number> }[];
  /** share metrics: respondents choosing any of `codes` among those who answered `question` */
  shares: { metric: string; question: string; codes: Set<string>; questionIndex: number }[];
  /** per index component: position of its question in `questions`, -1 when it has none */
  componentQuestions: number[];
}

export function groupPlan(codebook: Codebook): GroupPlan {
  const questions = codebook.questions.map((q) => {
    const codes = q.options.map((o) => o.code);
    return { id: q.id, codes, order: new Map(codes.map((c, k) => [c, k])) };
  });
  const position = (id: string) => questions.findIndex((q) => q.id === id);
  return {
    codebook,
    questions,
    shares: codebook.metrics
      .filter((m) => m.kind === 'share')
      .map((m) => ({
        metric: m.id,
        question: m.question!,
        codes: new Set(m.codes ?? []),
        questionIndex: position(m.question!),
      })),
    componentQuestions: codebook.index.components.map((c) => position(c.question)),
  };
}

/** One answer worked out once for counting; exports repeat a few dozen distinct answers, so these are shared. */
export interface CodedAnswer {
  /** null when the answer is missing */
  codes: string[] | null;
  /** codebook positions of the codes; codes the question does not know are skipped */
  positions: number[];
  /** per share metric of the plan: true when one of the codes counts for it */
  shareHits: boolean[];
  /** per index component of the plan: this answer's score, null when it does not score */
  componentScores: (number | null)[];
}

function codeAnswer(plan: GroupPlan, question: number, codes: string[] | null | undefined): CodedAnswer {
  const answer = codes ?? null;
  const order = plan.questions[question]!.order;
  const positions: number[] = [];
  for (const code of answer ?? []) {
    const k = order.get(code);
    if (k !== undefined) positions.push(k);
  }
  return {
    codes: answer,
    positions,
    shareHits: plan.shares.map(
      (s) => s.questionIndex === question && answer !== null && answer.some((c) => s.codes.has(c)),
    ),
    componentScores: plan.codebook.index.components.map((c, i) =>
      plan.componentQuestions[i] === question ? componentScore(c, answer) : null,
    ),
  };
}

/**
 * The coded answers of a record, one per plan question. Answers repeat, and parseChoice
 * gives equal answers as one shared array, so each distinct array is coded once (keyed by
 * identity: a record whose arrays are not shared is still coded right, only not reused).
 */
export function createAnswerCoder(plan: GroupPlan): (r: SurveyRecord) => CodedAnswer[] {
  const coded = plan.questions.map(() => new Map<string[] | null, CodedAnswer>());
  return (r) =>
    plan.questions.map((q, j) => {
      const codes = r.answers[q.id] ?? null;
      let a = coded[j]!.get(codes);
      if (a === undefined) coded[j]!.set(codes, (a = codeAnswer(plan, j, codes)));
      return a;
    });
}

/** Every question missing; what a component or share without a question reads. */
const MISSING: CodedAnswer = { codes: null, positions: [], shareHits: [], componentScores: [] };

export class GroupAccumulator {
  readonly plan: GroupPlan;
  respondents = 0;
  /** per question: respondents with a non-missing answer */
  readonly answered: Int32Array;
  /** per question, per option (codebook order): respondents choosing it */
  readonly counts: Int32Array[];
  readonly shareHits: Int32Array;
  readonly shareAnswered: Int32Array;
  readonly index: IndexAccumulator;

  constructor(plan: GroupPlan) {
    this.plan = plan;
    this.answered = new Int32Array(plan.questions.length);
    this.counts = plan.questions.map((q) => new Int32Array(q.codes.length));
    this.shareHits = new Int32Array(plan.shares.length);
    this.shareAnswered = new Int32Array(plan.shares.length);
    this.index = new IndexAccumulator(plan.codebook.index);
  }

  /** Adds one respondent; `answers` holds one coded answer per plan question. */
  add(answers: readonly CodedAnswer[]): void {
    this.respondents++;
    for (let j = 0; j < answers.length; j++) {
      const a = answers[j]!;
      if (a.codes === null) continue;
      this.answered[j]!++;
      const counts = this.counts[j]!;
      const positions = a.positions;
      for (let k = 0; k < positions.length; k++) counts[positions[k]!]!++;
    }
    const shares = this.plan.shares;
    for (let s = 0; s < shares.length; s++) {
      const a = answers[shares[s]!.questionIndex] ?? MISSING;
      if (a.codes === null) continue;
      this.shareAnswered[s]!++;
      if (a.shareHits[s]) this.shareHits[s]!++;
    }
    const questionOf = this.plan.componentQuestions;
    const index = this.index;
    index.begin();
    for (let i = 0; i < questionOf.length; i++) {
      const a = answers[questionOf[i]!];
      index.component(i, a === undefined ? null : a.componentScores[i]!);
    }
    index.end();
  }
}
