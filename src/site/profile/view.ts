// One oblast's profile, decided before any markup (OblastProfile.astro only renders this):
// what the page says about the oblast, from the published set, in one language. No
// statistics are computed here; every figure and interval comes from the ingest.
import type { Lang, OblastAggregate } from '../../contract/types.ts';
import type { SiteData } from '../data.ts';
import { t } from '../../i18n/index.ts';
import { countNoun, formatInterval, formatValue } from '../../text/format.ts';
import { unitName } from '../present.ts';
import { communityRows, type CommunityRow } from './community-rows.ts';
import { profileFiles, profilePathSegment } from '../profile-paths.ts';
import { questionComparisons, type QuestionComparison } from './questions.ts';
import { standingView, type StandingView } from './standing.ts';

interface SizeRow {
  label: string;
  respondentsText: string;
  /** the index and its interval, or the reason there is none */
  valueText: string;
  ciText: string;
}

export interface ProfileView {
  iso: string;
  name: string;
  path: string;
  docTitle: string;
  description: string;
  status: OblastAggregate['status'];
  /** Why there are no figures (too few answers, none), or null when there are. */
  withheld: string | null;
  standing: StandingView | null;
  indexLabel: string;
  coverage: string;
  coverageMeaning: string | null;
  /** Rows by community size, or null with `sizesNote` saying why not. */
  sizes: SizeRow[] | null;
  sizesNote: string;
  questions: QuestionComparison[];
  communities: CommunityRow[];
  files: ReturnType<typeof profileFiles>;
}

const DASH = '—';

function answeredText(n: number, lang: Lang): string {
  return `${formatValue(n, 'integer', lang)} ${countNoun(n, t(lang).site.communityForms, lang)}`;
}

/** The index by population band inside the oblast; null when fewer than two bands have enough answers. */
function sizeRows(data: SiteData, o: OblastAggregate, lang: Lang): SizeRow[] | null {
  const def = data.codebook.breakdowns.find((d) => d.field === 'population');
  const groups = def ? o.breakdowns[def.id] : undefined;
  if (!def || !groups || o.status !== 'ok') return null;
  const indexId = data.codebook.index.id;
  const rows = def.groups.map((g) => {
    const fig = groups[g.id];
    const m = fig?.metrics[indexId];
    const ok = fig?.status === 'ok' && typeof m?.value === 'number';
    return {
      ok,
      label: g.label[lang],
      respondentsText: formatValue(fig?.respondents ?? 0, 'integer', lang),
      valueText: ok
        ? formatValue(m!.value as number, 'score', lang)
        : (fig?.respondents ?? 0) === 0
          ? t(lang).site.noData
          : t(lang).site.insufficient,
      ciText: ok && m!.ci ? formatInterval(m!.ci, 'score', lang) : DASH,
    };
  });
  if (rows.filter((r) => r.ok).length < 2) return null;
  return rows.map(({ ok: _ok, ...r }) => r);
}

const views = new WeakMap<SiteData, Map<string, ProfileView>>();

/**
 * The profile of unit `iso` in `lang`; throws on an ISO code the published set does not hold.
 * Worked out once per published set, unit and language: the profile page, its embeddable
 * card and its social card all show it. Callers must not change what it returns.
 */
export function profileView(data: SiteData, iso: string, lang: Lang): ProfileView {
  let known = views.get(data);
  if (!known) views.set(data, (known = new Map()));
  const key = `${iso} ${lang}`;
  let view = known.get(key);
  if (!view) known.set(key, (view = buildProfileView(data, iso, lang)));
  return view;
}

function buildProfileView(data: SiteData, iso: string, lang: Lang): ProfileView {
  const o = data.oblasts.find((x) => x.iso === iso);
  if (!o) throw new Error(`No oblast ${iso} in the published set`);
  const s = t(lang).site.profile;
  const name = unitName(o, lang);
  const min = data.meta.min_respondents;
  const withheld =
    o.status === 'no_data'
      ? s.noData
      : o.status === 'insufficient'
        ? s.insufficient(answeredText(o.respondents, lang), formatValue(min, 'integer', lang))
        : null;
  const sizes = sizeRows(data, o, lang);
  return {
    iso,
    name,
    path: profilePathSegment(iso),
    docTitle: s.docTitle(name),
    description: s.description(name),
    status: o.status,
    withheld,
    standing: standingView(o, data.national, data.codebook.index.id, lang),
    indexLabel: s.indexTitle,
    coverage:
      o.communities_total !== null && o.coverage !== null
        ? s.coverage(
            formatValue(o.respondents, 'integer', lang),
            formatValue(o.communities_total, 'integer', lang),
            formatValue(o.coverage, 'percent', lang),
          )
        : s.coverageUnknown(answeredText(o.respondents, lang)),
    // Said only where there are figures to describe.
    coverageMeaning: o.status === 'ok' ? s.coverageMeaning : null,
    sizes,
    sizesNote: sizes ? s.sizesNote : s.sizesTooFew(formatValue(min, 'integer', lang)),
    questions: questionComparisons(data.codebook, o, lang),
    communities: communityRows(data.communities, data.codebook, iso, lang),
    files: profileFiles(iso, lang),
  };
}
