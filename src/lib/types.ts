// Shared shapes of the data contract: codebook → records → aggregates → JSON → pages.
// Everything the pipeline writes to data/generated/ is typed here, so pages and
// map/chart renderers read the same structure the pipeline produces.

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
}

// ---- Codebook (data/codebook.json) ----
export interface Option {
  code: string;
  label: Localized;
  aliases?: string[];
}
export type FieldType = 'id' | 'text' | 'oblast' | 'integer' | 'latitude' | 'longitude';
export interface Field {
  id: string;
  type: FieldType;
  required: boolean;
  min?: number;
  max?: number;
  label: Localized;
}
export type QuestionType = 'single' | 'multi' | 'boolean';
export interface Question {
  id: string;
  type: QuestionType;
  required: boolean;
  min?: number;
  label: Localized;
  short: Localized;
  options: Option[];
}
export interface IndexComponent {
  id: string;
  question: string;
  weight: number;
  /** score per answer code (single/boolean questions) */
  scores?: Record<string, number>;
  /** for multi questions: number of chosen codes that counts as a full score */
  count_full?: number;
  label: Localized;
}
export interface IndexDefinition {
  id: string;
  label: Localized;
  explanation: Localized;
  components: IndexComponent[];
}
export type MetricFormat = 'integer' | 'percent' | 'score' | 'category';
export type MetricScheme = 'sequential' | 'diverging' | 'categorical';
export interface MetricDefinition {
  id: string;
  kind: 'count' | 'share' | 'index' | 'mode';
  question?: string;
  codes?: string[];
  format: MetricFormat;
  scheme: MetricScheme;
  label: Localized;
}
export interface Codebook {
  version: number;
  fields: Field[];
  questions: Question[];
  thresholds: { min_respondents: number; confidence: number };
  index: IndexDefinition;
  metrics: MetricDefinition[];
}

// ---- Dataset config (data/dataset.json) ----
export interface DatasetConfig {
  input: string;
  illustrative: boolean;
  title: Localized;
  organisation: Localized;
  source: Localized;
  illustrative_notice: Localized;
  year: number;
}

// ---- Validated record (one CSV row) ----
export interface SurveyRecord {
  row: number; // spreadsheet row number (header = 1)
  respondent_id: string;
  community: string;
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
  row: number | null; // null for file-level problems
  column: string | null;
  value: string | null;
  message: string; // what was expected
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
}
export interface MetricValue {
  /** number for count/share/index; option code for mode; null when no data */
  value: number | string | null;
  ci: Interval | null;
  n: number; // respondents behind the value
  count?: number; // share: numerator; mode: count of the leading option
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
  questions: Record<string, QuestionStat>;
  metrics: Record<string, MetricValue>;
}
export interface NationalAggregate {
  respondents: number;
  oblasts_covered: number; // units with ≥1 respondent
  oblasts_ranked: number;
  leader: string | null; // ISO of rank 1
  questions: Record<string, QuestionStat>;
  metrics: Record<string, MetricValue>;
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
  min_respondents: number;
  confidence: number;
  notices: Problem[];
}
