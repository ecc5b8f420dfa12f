// The numbers behind each graphic, as CSV: for a map the oblast table of its metric,
// for a bar chart the national answer shares of its question.
import { csvFile, oblastsCsv, percent } from '../csv-export.ts';
import type { Codebook, DatasetConfig, NationalAggregate, OblastAggregate } from '../../contract/types.ts';
import type { Graphic } from '../graphics.ts';

const barCsvHeader = [
  'question',
  'question_uk',
  'question_en',
  'code',
  'label_uk',
  'label_en',
  'count',
  'answered',
  'share_percent',
  'share_percent_ci95_low',
  'share_percent_ci95_high',
  'respondents_total',
];

export function graphicCsv(
  graphic: Graphic,
  data: { codebook: Codebook; oblasts: OblastAggregate[]; national: NationalAggregate; dataset: DatasetConfig },
): string {
  if (graphic.kind !== 'bar') return oblastsCsv(data.oblasts, data.codebook, data.dataset, [graphic.subject]);
  const question = data.codebook.questions.find((q) => q.id === graphic.subject)!;
  const stat = data.national.questions[question.id];
  const rows = question.options.map((o) => {
    const s = stat?.options[o.code];
    return [
      question.id,
      question.label.uk,
      question.label.en,
      o.code,
      o.label.uk,
      o.label.en,
      s?.count ?? 0,
      stat?.answered ?? 0,
      percent(s?.share),
      percent(s?.ci?.[0]),
      percent(s?.ci?.[1]),
      data.national.respondents,
    ];
  });
  return csvFile(barCsvHeader, rows, data.dataset);
}
