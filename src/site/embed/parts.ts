// What a standalone file of one graphic says, in one language, from the site data.
import { mapLayout } from '../map/layout.ts';
import { buildMapModel } from '../map/model.ts';
import { t as catalogue } from '../../i18n/index.ts';
import { formatValue } from '../../text/format.ts';
import { illustrativeText } from '../notice.ts';
import { questionRows, rowsToBars } from '../present.ts';
import type { SiteData } from '../data.ts';
import type { Lang } from '../../contract/types.ts';
import { barBody } from './bar-body.ts';
import { graphicText, type Graphic } from '../graphics.ts';
import { mapBody } from './map-body.ts';
import { rankingBody } from './ranking-body.ts';
import { rankingView } from '../ranking-view.ts';
import type { StandaloneParts } from './standalone.ts';
import type { OgParts } from './og.ts';

type Data = Pick<SiteData, 'codebook' | 'dataset' | 'registry' | 'oblasts' | 'national'>;

export function standaloneParts(
  graphic: Graphic,
  data: Data,
  lang: Lang,
  reportUrl?: string,
  options: { sharedGeometry?: boolean } = {},
): StandaloneParts {
  const { title, subtitle } = graphicText(graphic, data, lang);
  const notice = data.dataset.illustrative ? illustrativeText(data.dataset, lang) : undefined;
  const link = reportUrl ? `${catalogue(lang).site.embed.fullReport}: ${reportUrl}` : undefined;
  if (graphic.kind === 'map') {
    const model = buildMapModel(data, { metric: graphic.subject, lang });
    const layout = mapLayout();
    const t = catalogue(lang).site.map;
    const national = model.national
      ? `${t.national}: ${model.national.valueText}${model.national.ciText ? ` (${t.interval} ${model.national.ciText})` : ''}, ${model.national.respondentsText}`
      : undefined;
    // The stripes on the map need their explanation wherever the map goes.
    const note = [national, model.nearTieNote].filter(Boolean).join('. ') || undefined;
    return {
      title,
      subtitle,
      body: (x, y, width) => mapBody(layout, model, x, y, width, { sharedGeometry: options.sharedGeometry }),
      legend: model.legend,
      note,
      source: model.source,
      notice,
      link,
      description: model.regions.map((r) => r.label).join('; '),
    };
  }
  if (graphic.kind === 'ranking') {
    // a file has no community pages to link to
    const view = rankingView({ ...data, communities: [] }, lang);
    return {
      title,
      subtitle,
      body: (x, y, width) => rankingBody(view.chart, x, y, width),
      note: [view.chart.summary, view.legend, view.chart.national ? `${view.chart.national.text}.` : '']
        .filter(Boolean)
        .join(' '),
      source:
        data.dataset.source[lang] + (data.dataset.illustrative ? ` — ${catalogue(lang).site.map.illustrative}` : ''),
      notice,
      link,
      description: view.chart.rows.map((r) => r.description).join('; '),
    };
  }
  const question = data.codebook.questions.find((q) => q.id === graphic.subject)!;
  const stat = data.national.questions[question.id]!;
  const rows = questionRows(question, stat, lang, question.type === 'single' ? 'codebook' : 'share');
  const bars = rowsToBars(rows, lang);
  const count = `${catalogue(lang).site.answeredBy}: ${formatValue(stat.answered, 'integer', lang)} ${catalogue(lang).site.of} ${formatValue(data.national.respondents, 'integer', lang)}`;
  return {
    title,
    subtitle: `${subtitle} (${count})`,
    body: (x, y, width) => barBody(bars, title, x, y, width),
    // The whisker and the several-answers total need their explanation wherever the chart goes.
    note: [catalogue(lang).site.ciNote, question.type === 'multi' ? catalogue(lang).site.multiNote : '']
      .filter(Boolean)
      .join(' '),
    source:
      data.dataset.source[lang] + (data.dataset.illustrative ? ` — ${catalogue(lang).site.map.illustrative}` : ''),
    notice,
    link,
    description: bars.map((b) => `${b.label}: ${b.valueText}`).join('; '),
  };
}

/** The social card of a graphic, or of the whole report (graphic = null: the index map). */
export function ogParts(graphic: Graphic | null, data: Data, lang: Lang): OgParts {
  const footer = `${data.dataset.organisation[lang]} · ${data.dataset.year}`;
  const badge = data.dataset.illustrative ? catalogue(lang).site.illustrativeTitle : undefined;
  const indexMetric = data.codebook.metrics.find((m) => m.kind === 'index')?.id;
  const mapMetric = graphic?.kind === 'map' ? graphic.subject : graphic ? null : indexMetric;
  let body: OgParts['body'];
  let bodyWidth = 600;
  let legend: OgParts['legend'];
  if (mapMetric) {
    const model = buildMapModel(data, { metric: mapMetric, lang });
    legend = model.legend;
    body = (x, y, width) => mapBody(mapLayout(), model, x, y, width, { labels: false });
  } else {
    const parts = standaloneParts(graphic!, data, lang);
    body = parts.body;
    bodyWidth = 540;
  }
  const text = graphic ? graphicText(graphic, data, lang) : { title: data.dataset.title[lang], subtitle: '' };
  return { site: catalogue(lang).site.siteTitle, headline: text.title, body, bodyWidth, footer, badge, legend };
}
