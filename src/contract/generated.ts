// Schemas of what the pipeline writes to data/generated/ (oblasts.json, national.json,
// communities.json, meta.json). The types in types.ts are inferred from them, and the site
// checks the published set against them once, when it reads it (src/site/data.ts).
import { z } from 'astro/zod';

/** A 95% interval [low, high]. */
export const IntervalSchema = z.tuple([z.number(), z.number()]);

/** A problem found in an export; meta.json carries the notices, without values. */
export const ProblemSchema = z.strictObject({
  file: z.string(),
  row: z.number().int().nullable().describe('spreadsheet row number; null for file-level problems'),
  column: z.string().nullable().describe('the header as written in the file'),
  value: z.string().nullable(),
  code: z.string().describe('stable name of the kind of problem, e.g. "unknown_answer" (docs/data-format.md)'),
  message: z.strictObject({ uk: z.string(), en: z.string() }).describe('what was expected, in both languages'),
  severity: z.enum(['error', 'notice']),
});

const OptionStatSchema = z.strictObject({
  count: z.number().int().nonnegative(),
  share: z.number().nullable().describe('null when answered = 0'),
  ci: IntervalSchema.nullable().describe('95% Wilson interval'),
});

export const QuestionStatSchema = z.strictObject({
  answered: z.number().int().nonnegative().describe('respondents with a non-missing answer'),
  options: z.record(z.string(), OptionStatSchema),
  top: z
    .array(z.string())
    .describe(
      'the leading option(s), largest share first: every option no other option’s interval lies entirely above (rank-range.ts); one code only when the first clears the rest; [] when nobody answered',
    ),
});

export const MetricValueSchema = z.strictObject({
  value: z
    .union([z.number(), z.string()])
    .nullable()
    .describe('number for count/share/index; option code for mode; null when no data'),
  ci: IntervalSchema.nullable(),
  n: z.number().int().nonnegative().describe('respondents behind the value'),
  count: z.number().int().nonnegative().optional().describe('share: numerator; mode: count of the leading option'),
  share: z
    .number()
    .nullable()
    .optional()
    .describe('mode: share of the leading option among the n who answered (its interval is `ci`)'),
  runner_up: z.string().nullable().optional().describe('mode: the second most-chosen option, or null'),
  near_tie: z
    .boolean()
    .optional()
    .describe('mode: the runner-up’s share lies inside the leader’s interval — the lead is not clear'),
  components: z.record(z.string(), z.number().nullable()).optional().describe('index: mean component scores 0..1'),
});

export const UnitStatusSchema = z.enum(['ok', 'insufficient', 'no_data']);

const RestOptionSchema = z.strictObject({
  count: z.number().int().nonnegative(),
  share: z.number().nullable().describe('the rest of the country’s share; null when answered = 0'),
  ci: IntervalSchema.nullable().describe('95% Wilson interval of that share'),
  difference: IntervalSchema.nullable().describe(
    'interval of (unit’s share − rest’s share): Newcombe (1998) hybrid score, method 10; null when either side has no answers',
  ),
  compare: z
    .enum(['higher', 'lower', 'unclear'])
    .describe('higher/lower only when `difference` excludes 0; the unit against the rest'),
});

/** One question among every respondent outside a unit, beside the unit's own figures. */
const RestQuestionSchema = z.strictObject({
  answered: z.number().int().nonnegative(),
  options: z.record(z.string(), RestOptionSchema),
});

/** One group of a breakdown inside a unit (its small or large communities): headline metrics only. */
const UnitBreakdownGroupSchema = z.strictObject({
  respondents: z.number().int().nonnegative(),
  status: UnitStatusSchema.describe('below min_respondents the group’s figures are not shown'),
  metrics: z.record(z.string(), MetricValueSchema),
});

/** One oblast-level unit's figures (oblasts.json holds all 27, registry order). */
export const OblastAggregateSchema = z.strictObject({
  iso: z.string(),
  name_uk: z.string(),
  name_en: z.string(),
  respondents: z.number().int().nonnegative(),
  status: UnitStatusSchema,
  rank: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('rank on the Smart Readiness Index, 1 = highest; null unless ok'),
  rank_range: z
    .tuple([z.number().int(), z.number().int()])
    .nullable()
    .describe('ranks the index’s interval allows, [best, worst] (rank-range.ts); null unless ranked'),
  communities_total: z.number().int().nullable().describe('the unit’s territorial communities (registry)'),
  coverage: z.number().nullable().describe('respondents ÷ communities_total, null without a total'),
  questions: z.record(z.string(), QuestionStatSchema),
  metrics: z.record(z.string(), MetricValueSchema),
  rest: z
    .record(z.string(), RestQuestionSchema)
    .describe('per question: every respondent outside this unit, and how the unit differs from them'),
  breakdowns: z
    .record(z.string(), z.record(z.string(), UnitBreakdownGroupSchema))
    .describe('breakdown id → group id → the unit’s communities in that group'),
});

const BreakdownGroupAggregateSchema = z.strictObject({
  respondents: z.number().int().nonnegative(),
  status: UnitStatusSchema.describe('as for oblasts: below min_respondents the group’s shares are withheld'),
  questions: z.record(z.string(), QuestionStatSchema),
  metrics: z.record(z.string(), MetricValueSchema),
});

export const BreakdownAggregateSchema = z.strictObject({
  groups: z.record(z.string(), BreakdownGroupAggregateSchema).describe('group id → figures, codebook order'),
  unclassified: z
    .number()
    .int()
    .nonnegative()
    .describe('respondents that fit no group (no population given, a name without a type word)'),
});

/** national.json: the whole survey's figures. */
export const NationalAggregateSchema = z.strictObject({
  respondents: z.number().int().nonnegative(),
  oblasts_covered: z.number().int().nonnegative().describe('units with ≥1 respondent'),
  oblasts_ranked: z.number().int().nonnegative(),
  communities_total: z.number().int().nullable().describe('territorial communities in all units of the registry'),
  leader: z
    .string()
    .nullable()
    .describe('ISO of the one leader, only when its interval clears every other ranked unit’s; else null'),
  leaders: z
    .array(z.string())
    .describe('ISO codes of the leading group: ranked units no other unit’s interval lies entirely above'),
  questions: z.record(z.string(), QuestionStatSchema),
  metrics: z.record(z.string(), MetricValueSchema),
  breakdowns: z.record(z.string(), BreakdownAggregateSchema).describe('breakdown id → its groups’ figures'),
});

/** One responding community (communities.json). */
export const CommunityEntrySchema = z.strictObject({
  respondent_id: z.string(),
  community: z.string(),
  oblast: z.string(),
  population: z.number().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  groups: z
    .record(z.string(), z.string().nullable())
    .describe('breakdown id → the group the community falls in (type, population band); null when none'),
});

/** meta.json: what the set was made from. */
export const RunMetaSchema = z.strictObject({
  input: z.string().describe('file name only, never an absolute path'),
  illustrative: z.boolean(),
  rows_read: z.number().int().nonnegative(),
  rows_valid: z.number().int().nonnegative(),
  rows_rejected: z.number().int().nonnegative(),
  rows_skipped: z
    .number()
    .int()
    .nonnegative()
    .describe('rows that are not answers (blank, totals) and repeated submissions not kept, each with a notice'),
  duplicates_resolved: z
    .number()
    .int()
    .nonnegative()
    .describe('communities that submitted more than once, resolved to one submission (data/dataset.json `duplicates`)'),
  min_respondents: z.number().int().positive(),
  confidence: z.number(),
  notices: z.array(ProblemSchema),
});

export const OblastsFileSchema = z.array(OblastAggregateSchema);
export const CommunitiesFileSchema = z.array(CommunityEntrySchema);
