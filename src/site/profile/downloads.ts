// An oblast's downloads, self-describing like the site's others (csv-export.ts): the CSV has a
// row per question and answer with the oblast's and the rest of the country's figures and the
// difference; the JSON has the oblast's published figures and its communities. Units without
// enough answers carry their coverage and communities only, never shares.
import type { Codebook, CommunityEntry, DatasetConfig, OblastAggregate } from '../../contract/types.ts';
import { csvFile, jsonFile, percent } from '../csv-export.ts';
import { latinName } from './translit.ts';

const HEADER = [
  'iso',
  'oblast_uk',
  'oblast_en',
  'status',
  // the oblast's headline figures, repeated on every row (a tidy table), filled when withheld too
  'respondents',
  'communities_total',
  'coverage_percent',
  'index',
  'index_ci95_low',
  'index_ci95_high',
  'possible_rank_best',
  'possible_rank_worst',
  'question',
  'question_uk',
  'question_en',
  'answer',
  'answer_uk',
  'answer_en',
  'oblast_answered',
  'oblast_count',
  'oblast_percent',
  'oblast_percent_ci95_low',
  'oblast_percent_ci95_high',
  'rest_answered',
  'rest_count',
  'rest_percent',
  'rest_percent_ci95_low',
  'rest_percent_ci95_high',
  'difference_pp',
  'difference_pp_ci95_low',
  'difference_pp_ci95_high',
  'difference_clear',
];

/** The oblast against the rest of the country, one row per question and answer (one row of status when withheld). */
export function profileCsv(o: OblastAggregate, codebook: Codebook, dataset: DatasetConfig): string {
  const index = o.status === 'ok' ? o.metrics[codebook.index.id] : undefined;
  const unit = [
    o.iso,
    o.name_uk,
    o.name_en,
    o.status,
    o.respondents,
    o.communities_total,
    percent(o.coverage),
    index?.value ?? null,
    index?.ci?.[0] ?? null,
    index?.ci?.[1] ?? null,
    o.rank_range?.[0] ?? null,
    o.rank_range?.[1] ?? null,
  ];
  if (o.status !== 'ok') return csvFile(HEADER, [[...unit, ...HEADER.slice(unit.length).map(() => null)]], dataset);
  const rows = codebook.questions.flatMap((q) =>
    q.options.map((opt) => {
      const own = o.questions[q.id];
      const rest = o.rest[q.id];
      const a = own?.options[opt.code];
      const b = rest?.options[opt.code];
      const diff = a?.share != null && b?.share != null ? percent(a.share - b.share) : null;
      return [
        ...unit,
        q.id,
        q.label.uk,
        q.label.en,
        opt.code,
        opt.label.uk,
        opt.label.en,
        own?.answered ?? null,
        a?.count ?? null,
        percent(a?.share),
        percent(a?.ci?.[0]),
        percent(a?.ci?.[1]),
        rest?.answered ?? null,
        b?.count ?? null,
        percent(b?.share),
        percent(b?.ci?.[0]),
        percent(b?.ci?.[1]),
        diff,
        percent(b?.difference?.[0]),
        percent(b?.difference?.[1]),
        b ? (b.compare === 'unclear' ? 'no' : b.compare) : null,
      ];
    }),
  );
  return csvFile(HEADER, rows, dataset);
}

/** The oblast's published figures and its communities (names also in Latin letters), as a JSON download. */
export function profileJson(
  o: OblastAggregate,
  communities: readonly CommunityEntry[],
  dataset: DatasetConfig,
): string {
  const shown = o.status === 'ok';
  // No point rank: the interval allows a range of ranks (rank_range), and a single number invites "ranked first".
  const { questions, rest, metrics, breakdowns, ...withRank } = o;
  const unit: Omit<typeof withRank, 'rank'> & { rank?: number | null } = { ...withRank };
  delete unit.rank;
  return jsonFile(
    {
      ...unit,
      ...(shown ? { metrics, questions, rest, breakdowns } : {}),
      rest_note:
        'rest: every respondent outside this unit; difference: 95% Newcombe (1998) hybrid score interval of (unit share − rest share); compare is higher/lower only when it excludes 0',
      units_note:
        'shares and intervals are fractions from 0 to 1 (the CSV gives percent); index values 0–100; rank_range: the ranks the index interval allows among the ranked units; groups whose status is not "ok" have too few answers to read',
      communities: communities
        .filter((c) => c.oblast === o.iso)
        .map((c) => ({
          community: c.community,
          community_latin: latinName(c.community),
          population: c.population,
          lat: c.lat,
          lon: c.lon,
          groups: c.groups,
        })),
    },
    dataset,
  );
}
