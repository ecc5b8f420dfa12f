// Shared shapes of the data contract: codebook → records → aggregates → JSON → pages.
// Every type of a file that crosses a boundary (data/*.json in, data/generated/*.json out)
// is inferred from its zod schema, so pages and map/chart renderers read the same
// structure the pipeline produces and the site checks.

import type { z } from 'astro/zod';
import type { CodebookSchema } from './codebook.ts';
import type { DatasetSchema } from './dataset.ts';
import type { ImportMapSchema } from './import-map.ts';
import type { UnitSchema } from './registry.ts';
import type {
  BreakdownAggregateSchema,
  CommunityEntrySchema,
  IntervalSchema,
  MetricValueSchema,
  NationalAggregateSchema,
  OblastAggregateSchema,
  ProblemSchema,
  QuestionStatSchema,
  RunMetaSchema,
  UnitStatusSchema,
} from './generated.ts';

export type Lang = 'uk' | 'en';
export type Localized = Record<Lang, string>;

// ---- Oblast registry (data/oblasts.json) ----
/** One oblast-level unit of the registry (codes, names, aliases, communities_total). */
export type OblastUnit = z.infer<typeof UnitSchema>;

// ---- Codebook (data/codebook.json) and dataset (data/dataset.json): types from their schemas ----
export type Codebook = z.infer<typeof CodebookSchema>;
export type Field = Codebook['fields'][number];
export type Question = Codebook['questions'][number];
export type Option = Question['options'][number];
export type IndexDefinition = Codebook['index'];
export type IndexComponent = IndexDefinition['components'][number];
export type MetricDefinition = Codebook['metrics'][number];
export type MetricFormat = MetricDefinition['format'];
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
export type Problem = z.infer<typeof ProblemSchema>;

// ---- Aggregates (data/generated/*.json): types from their schemas (generated.ts) ----
export type Interval = z.infer<typeof IntervalSchema>;
export type QuestionStat = z.infer<typeof QuestionStatSchema>;
export type MetricValue = z.infer<typeof MetricValueSchema>;
export type UnitStatus = z.infer<typeof UnitStatusSchema>;
export type OblastAggregate = z.infer<typeof OblastAggregateSchema>;
export type NationalAggregate = z.infer<typeof NationalAggregateSchema>;
export type BreakdownAggregate = z.infer<typeof BreakdownAggregateSchema>;
export type CommunityEntry = z.infer<typeof CommunityEntrySchema>;
export type RunMeta = z.infer<typeof RunMetaSchema>;
