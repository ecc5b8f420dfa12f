// Running totals for one group of respondents (an oblast, or the country), filled
// in a single pass over the records with typed-array counters.
import type { Codebook } from '../types.ts';
import { IndexAccumulator } from './readiness.ts';

type Answers = Record<string, string[] | null>;

export interface GroupPlan {
  codebook: Codebook;
  questions: { id: string; codes: string[]; order: Map<string, number> }[];
  /** share metrics: respondents choosing any of `codes` among those who answered `question` */
  shares: { metric: string; question: string; codes: Set<string> }[];
}

export function groupPlan(codebook: Codebook): GroupPlan {
  return {
    codebook,
    questions: codebook.questions.map((q) => {
      const codes = q.options.map((o) => o.code);
      return { id: q.id, codes, order: new Map(codes.map((c, k) => [c, k])) };
    }),
    shares: codebook.metrics
      .filter((m) => m.kind === 'share')
      .map((m) => ({ metric: m.id, question: m.question!, codes: new Set(m.codes ?? []) })),
  };
}

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

  add(answers: Answers): void {
    this.respondents++;
    const qs = this.plan.questions;
    for (let j = 0; j < qs.length; j++) {
      const codes = answers[qs[j]!.id];
      if (!codes) continue;
      this.answered[j]!++;
      const counts = this.counts[j]!;
      const order = qs[j]!.order;
      for (let k = 0; k < codes.length; k++) {
        const idx = order.get(codes[k]!);
        if (idx !== undefined) counts[idx]!++;
      }
    }
    const shares = this.plan.shares;
    for (let s = 0; s < shares.length; s++) {
      const codes = answers[shares[s]!.question];
      if (!codes) continue;
      this.shareAnswered[s]!++;
      const wanted = shares[s]!.codes;
      for (let k = 0; k < codes.length; k++) {
        if (wanted.has(codes[k]!)) {
          this.shareHits[s]!++;
          break;
        }
      }
    }
    this.index.add(answers);
  }
}
