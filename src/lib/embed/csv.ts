// The numbers behind each graphic, as CSV: for a map the oblast table of its metric,
// for a bar chart the national answer shares of its question.
import { oblastsCsv, toCsv } from '../site/csv-export.ts';
import type { Codebook, NationalAggregate, OblastAggregate } from '../types.ts';
import type { Graphic } from './graphics.ts';

export const barCsvHeader = [
  'question',
  'code',
  'label_uk',
  'label_en',
  'count',
  'share',
  'ci_low',
  'ci_high',
  'answered',
  'respondents',
];

export function graphicCsv(
  graphic: Graphic,
  data: { codebook: Codebook; oblasts: OblastAggregate[]; national: NationalAggregate },
): string {
  if (graphic.kind === 'map') return oblastsCsv(data.oblasts, data.codebook, [graphic.subject]);
  const question = data.codebook.questions.find((q) => q.id === graphic.subject)!;
  const stat = data.national.questions[question.id];
  const rows = question.options.map((o) => {
    const s = stat?.options[o.code];
    return [
      question.id,
      o.code,
      o.label.uk,
      o.label.en,
      s?.count ?? 0,
      s?.share ?? null,
      s?.ci?.[0] ?? null,
      s?.ci?.[1] ?? null,
      stat?.answered ?? 0,
      data.national.respondents,
    ];
  });
  return toCsv(barCsvHeader, rows);
}
