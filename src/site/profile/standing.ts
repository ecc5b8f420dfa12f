// Where an oblast stands on the index, in figures and one sentence: the value, its interval,
// the ranks that interval allows (rank_range, from the same ranking code as the report's
// table) and a tier read off those ranks, so nothing says more than the interval does.
import type { Lang, NationalAggregate, OblastAggregate } from '../../contract/types.ts';
import { t } from '../../i18n/index.ts';
import { formatInterval, formatValue } from '../../text/format.ts';
import { unitName } from '../present.ts';

/** top: could be first, not last; bottom: could be last, not first; open: could be either. */
export type Tier = 'top' | 'middle' | 'bottom' | 'open';

export interface StandingView {
  valueText: string;
  ciText: string;
  /** "3–12" or "4" */
  ranksText: string;
  /** "of 23" */
  ofText: string;
  tier: Tier;
  tierText: string;
  /** One sentence on where the oblast stands, no stronger than its interval. */
  sentence: string;
}

/**
 * The tier of a ranked unit: whether its possible ranks reach first place (it is one of the
 * report's leading group) and/or last place among the `ranked` units.
 */
export function tierOf(range: [number, number], leader: boolean, ranked: number): Tier {
  const first = leader || range[0] === 1;
  const last = range[1] >= ranked;
  if (first && last) return 'open';
  if (first) return 'top';
  return last ? 'bottom' : 'middle';
}

/** The standing of `oblast` on index `indexId`, or null when it is not ranked (too few answers). */
export function standingView(
  oblast: OblastAggregate,
  national: NationalAggregate,
  indexId: string,
  lang: Lang,
): StandingView | null {
  const m = oblast.metrics[indexId];
  if (oblast.status !== 'ok' || !oblast.rank_range || typeof m?.value !== 'number' || !m.ci) return null;
  const s = t(lang).site.profile;
  const [best, worst] = oblast.rank_range;
  const ranked = national.oblasts_ranked;
  const tier = tierOf(oblast.rank_range, national.leaders.includes(oblast.iso), ranked);
  const valueText = formatValue(m.value, 'score', lang);
  const ciText = formatInterval(m.ci, 'score', lang);
  const lead = s.standing(unitName(oblast, lang), valueText, ciText, best, worst, ranked);
  return {
    valueText,
    ciText,
    ranksText: best === worst ? String(best) : `${best}–${worst}`,
    ofText: s.of(ranked),
    tier,
    tierText: s.tiers[tier],
    sentence: best === worst ? lead : lead + s.tierSentence[tier],
  };
}
