// Smart Readiness Index (codebook.index): a 0..1 score per respondent, and the
// 0..100 value of a group of respondents.
import type { IndexComponent, IndexDefinition, Interval, SurveyRecord } from '../types.ts';

export interface RespondentScore {
  score: number;
  /** component id → 0..1, or null when the respondent did not answer it */
  components: Record<string, number | null>;
}

/** Score of one component, or null when its question was not answered (missing ≠ zero). */
export function componentScore(c: IndexComponent, answer: string[] | null): number | null {
  if (answer === null) return null;
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
export function respondentScore(index: IndexDefinition, record: SurveyRecord): RespondentScore | null {
  let sum = 0;
  let weight = 0;
  const components: Record<string, number | null> = {};
  for (const c of index.components) {
    const s = componentScore(c, record.answers[c.question] ?? null);
    components[c.id] = s;
    if (s !== null) {
      sum += c.weight * s;
      weight += c.weight;
    }
  }
  return weight > 0 ? { score: sum / weight, components } : null;
}

export interface GroupIndex {
  value: number | null;
  ci: Interval | null;
  n: number;
  components: Record<string, number | null>;
}

/**
 * Group value = 100 × mean respondent score. The interval is the normal one for a
 * mean, mean ± z·sd/√n (sample sd), clamped to [0, 100]: the index is an average
 * of continuous scores, not a share of yes/no answers, so Wilson does not apply.
 * With fewer than two scores there is no spread to estimate, hence no interval.
 */
export function groupIndex(index: IndexDefinition, scores: RespondentScore[], z: number): GroupIndex {
  const n = scores.length;
  const components: Record<string, number | null> = {};
  for (const c of index.components) {
    let sum = 0;
    let count = 0;
    for (const s of scores) {
      const v = s.components[c.id];
      if (v !== null && v !== undefined) {
        sum += v;
        count++;
      }
    }
    components[c.id] = count > 0 ? sum / count : null;
  }
  if (n === 0) return { value: null, ci: null, n, components };
  let sum = 0;
  for (const s of scores) sum += s.score;
  const mean = sum / n;
  if (n < 2) return { value: mean * 100, ci: null, n, components };
  let squares = 0;
  for (const s of scores) squares += (s.score - mean) ** 2;
  const half = z * Math.sqrt(squares / (n - 1) / n);
  const clamp = (v: number) => Math.min(100, Math.max(0, v * 100));
  return { value: mean * 100, ci: [clamp(mean - half), clamp(mean + half)], n, components };
}
