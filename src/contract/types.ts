// Shared shapes of the data contract: codebook → records → aggregates → JSON → pages.
// Everything the pipeline writes to data/generated/ is typed here, so pages and
// map/chart renderers read the same structure the pipeline produces.

import type { z } from 'astro/zod';
import type { CodebookSchema } from './codebook.ts';
import type { DatasetSchema } from './dataset.ts';
import type { ImportMapSchema } from './import-map.ts';

export type Lang = 'uk' | 'en';
export type Localized = Record<Lang, string>;

// ---- Oblast registry (data/oblasts.json) ----
export interface OblastUnit {
  iso: string; // ISO 3166-2, e.g. "UA-32"
  katotth: string; // KATOTTH prefix, e.g. "UA32" (differs from the ISO number for five units)
  pcode: string; // OCHA/HDX admin-1 P-code, e.g. "UA32"; lower-level P-codes start with it
  koatuu: string; // the unit's 10-digit KOATUU code, e.g. "3200000000"
  kind: 'oblast' | 'city' | 'republic';
  name_uk: string;
  name_en: string;
  short_uk: string;
  short_en: string;
  name_ru: string;
  short_ru: string;
  /** administrative centre; absent for Kyiv and Sevastopol, which are cities themselves */
  centre?: Localized & { ru: string };
  /** a still shorter map label, for the few units whose short name does not fit inside them on the map */
  map_abbr_uk?: string;
  map_abbr_en?: string;
  translit: string;
  aliases: string[];
  /**
   * territorial communities (hromadas) in the unit since the 2020 reform (1,469 in the 24
   * oblasts); null where none were formed under Ukrainian law (Kyiv city, Crimea,
   * Sevastopol) or not given. Source: the registry's `communities_total_source`.
   */
  communities_total?: number | null;
}

// ---- Codebook (data/codebook.json) and dataset (data/dataset.json): types from their schemas ----
export type Codebook = z.infer<typeof CodebookSchema>;
export type Field = Codebook['fields'][number];
export type FieldType = Field['type'];
export type Question = Codebook['questions'][number];
export type QuestionType = Question['type'];
export type Option = Question['options'][number];
export type IndexDefinition = Codebook['index'];
export type IndexComponent = IndexDefinition['components'][number];
export type MetricDefinition = Codebook['metrics'][number];
export type MetricFormat = MetricDefinition['format'];
export type MetricScheme = MetricDefinition['scheme'];
/** One breakdown of the communities (codebook.breakdowns): by community type or population class. */
export type BreakdownDefinition = Codebook['breakdowns'][number];
/** One group of a breakdown: matched by words (community type) or by an inclusive range (population). */
export type BreakdownGroupDefinition = BreakdownDefinition['groups'][number];
export type DatasetConfig = z.infer<typeof DatasetSchema>;
export type ImportMap = z.infer<typeof ImportMapSchema>;

// ---- Validated record (one CSV row) ----
export interface SurveyRecord {
  row: number; // spreadsheet row number (header = 1)
  respondent_id: string;
  community: string;
  /** the export's community-type cell as written, trimmed; null when absent or empty */
  type: string | null;
  oblast: string; // ISO code
  population: number | null;
  lat: number | null;
  lon: number | null;
  /** single → [code] ; multi → codes (deduplicated, codebook order) ; boolean → ['yes'|'no'] ; missing → null */
  answers: Record<string, string[] | null>;
}

// ---- Problems ----
export interface Problem {
  file: string;
  row: number | null; // spreadsheet row number; null for file-level problems
  column: string | null; // the header as written in the file
  value: string | null;
  /** stable name of the kind of problem, e.g. "unknown_answer" (see docs/data-format.md) */
  code: string;
  /** what was expected, in both languages */
  message: Localized;
  severity: 'error' | 'notice';
}

// ---- Aggregates (data/generated/*.json) ----
export type Interval = [number, number];
export interface OptionStat {
  count: number;
  share: number | null; // null when answered = 0
  ci: Interval | null; // 95% Wilson interval
}
export interface QuestionStat {
  answered: number; // respondents with a non-missing answer
  options: Record<string, OptionStat>;
  /**
   * the leading option(s), largest share first: every option no other option's interval
   * lies entirely above (see rank-range.ts); one code only when the first clears the rest;
   * [] when nobody answered
   */
  top: string[];
}
export interface MetricValue {
  /** number for count/share/index; option code for mode; null when no data */
  value: number | string | null;
  ci: Interval | null;
  n: number; // respondents behind the value
  count?: number; // share: numerator; mode: count of the leading option
  /** mode: share of the leading option among the n who answered (its interval is `ci`) */
  share?: number | null;
  /** mode: the second most-chosen option, or null */
  runner_up?: string | null;
  /** mode: the runner-up's share lies inside the leader's interval — the lead is not clear */
  near_tie?: boolean;
  components?: Record<string, number | null>; // index: mean component scores 0..1
}
export type UnitStatus = 'ok' | 'insufficient' | 'no_data';
export interface OblastAggregate {
  iso: string;
  name_uk: string;
  name_en: string;
  respondents: number;
  status: UnitStatus;
  rank: number | null; // rank on the Smart Readiness Index, 1 = highest; null unless status ok
  /** ranks the index's interval allows, [best, worst] (see rank-range.ts); null unless ranked */
  rank_range: [number, number] | null;
  /** the unit's territorial communities (registry), null where none exist */
  communities_total: number | null;
  /** respondents ÷ communities_total, null without a total */
  coverage: number | null;
  questions: Record<string, QuestionStat>;
  metrics: Record<string, MetricValue>;
}
export interface NationalAggregate {
  respondents: number;
  oblasts_covered: number; // units with ≥1 respondent
  oblasts_ranked: number;
  /** territorial communities in all units of the registry (1,469 since the 2020 reform) */
  communities_total: number | null;
  /** ISO of the one leader, only when its interval clears every other ranked unit's; else null */
  leader: string | null;
  /** ISO codes of the leading group: ranked units no other unit's interval lies entirely above */
  leaders: string[];
  questions: Record<string, QuestionStat>;
  metrics: Record<string, MetricValue>;
  /** breakdown id → its groups' figures (codebook.breakdowns) */
  breakdowns: Record<string, BreakdownAggregate>;
}
export interface BreakdownGroupAggregate {
  respondents: number;
  /** as for oblasts: below min_respondents the group's shares are withheld */
  status: UnitStatus;
  questions: Record<string, QuestionStat>;
  metrics: Record<string, MetricValue>;
}
export interface BreakdownAggregate {
  /** group id → figures, codebook order */
  groups: Record<string, BreakdownGroupAggregate>;
  /** respondents that fit no group (no population given, a name without a type word) */
  unclassified: number;
}
export interface CommunityEntry {
  respondent_id: string;
  community: string;
  oblast: string;
  population: number | null;
  lat: number | null;
  lon: number | null;
}
export interface RunMeta {
  input: string; // file name only, never an absolute path
  illustrative: boolean;
  rows_read: number;
  rows_valid: number;
  rows_rejected: number;
  /** rows that are not answers (blank, totals) and repeated submissions not kept, each with a notice */
  rows_skipped: number;
  /** communities that submitted more than once, resolved to one submission (data/dataset.json `duplicates`) */
  duplicates_resolved: number;
  min_respondents: number;
  confidence: number;
  notices: Problem[];
}
