// Smart Readiness Index (codebook.index): a 0..1 score per respondent, and the
// 0..100 value of a group of respondents.
import type { IndexComponent, IndexDefinition, Interval } from '../../contract/types.ts';

type Answers = Record<string, string[] | null>;

/** Score of one component, or null when its question was not answered (missing ≠ zero). */
export function componentScore(c: IndexComponent, answer: string[] | null | undefined): number | null {
  if (answer === null || answer === undefined) return null;
  if (c.count_full !== undefined) return Math.min(answer.length / c.count_full, 1);
  const code = answer[0];
  const s = code === undefined ? undefined : c.scores?.[code];
  return s === undefined ? null : s;
}

/**
 * Weighted mean of the components the respondent answered: a skipped component's
 * weight is shared among the others, so skipping a question neither punishes nor
 * rewards. Null when no component was answered.
 */
export function respondentScore(index: IndexDefinition, answers: Answers): number | null {
  let sum = 0;
  let weight = 0;
  for (const c of index.components) {
    const s = componentScore(c, answers[c.question]);
    if (s !== null) {
      sum += c.weight * s;
      weight += c.weight;
    }
  }
  return weight > 0 ? sum / weight : null;
}

export interface GroupIndex {
  value: number | null;
  ci: Interval | null;
  n: number;
  /** component id → mean 0..1 over the respondents who answered it */
  components: Record<string, number | null>;
}

/** Collects respondents of one group (an oblast, or the whole country) in one pass. */
export class IndexAccumulator {
  readonly index: IndexDefinition;
  readonly scores: number[] = [];
  readonly componentSums: number[];
  readonly componentCounts: number[];

  constructor(index: IndexDefinition) {
    this.index = index;
    this.componentSums = index.components.map(() => 0);
    this.componentCounts = index.components.map(() => 0);
  }

  add(answers: Answers): void {
    this.begin();
    const comps = this.index.components;
    for (let i = 0; i < comps.length; i++) this.component(i, componentScore(comps[i]!, answers[comps[i]!.question]));
    this.end();
  }

  // begin → component(i, score) for each component → end: adds one respondent from
  // scores worked out beforehand, without building an answers object per respondent.
  private sum = 0;
  private weight = 0;

  begin(): void {
    this.sum = 0;
    this.weight = 0;
  }

  component(i: number, s: number | null): void {
    if (s === null) return;
    const c = this.index.components[i]!;
    this.sum += c.weight * s;
    this.weight += c.weight;
    this.componentSums[i]! += s;
    this.componentCounts[i]!++;
  }

  end(): void {
    if (this.weight > 0) this.scores.push(this.sum / this.weight);
  }

  result(z: number): GroupIndex {
    const components: Record<string, number | null> = {};
    this.index.components.forEach((c, i) => {
      const n = this.componentCounts[i]!;
      components[c.id] = n > 0 ? this.componentSums[i]! / n : null;
    });
    return { ...meanInterval(this.scores, z), components };
  }
}

/**
 * Group value = 100 × mean respondent score. The interval is the normal one for a
 * mean, mean ± z·sd/√n (sample sd), clamped to [0, 100]: the index is an average
 * of continuous scores, not a share of yes/no answers, so Wilson does not apply.
 * With fewer than two scores there is no spread to estimate, hence no interval.
 */
export function meanInterval(
  scores: readonly number[],
  z: number,
): { value: number | null; ci: Interval | null; n: number } {
  const n = scores.length;
  if (n === 0) return { value: null, ci: null, n };
  let sum = 0;
  for (const s of scores) sum += s;
  const mean = sum / n;
  if (n < 2) return { value: mean * 100, ci: null, n };
  let squares = 0;
  for (const s of scores) squares += (s - mean) ** 2;
  const half = z * Math.sqrt(squares / (n - 1) / n);
  const clamp = (v: number) => Math.min(100, Math.max(0, v * 100));
  return { value: mean * 100, ci: [clamp(mean - half), clamp(mean + half)], n };
}
