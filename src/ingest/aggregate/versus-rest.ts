// A unit against the rest of the country, question by question: the rest's counts are the
// country's minus the unit's (the two samples are disjoint, so independent), and each
// option's difference of shares gets Newcombe's hybrid score interval (newcombe.ts).
import type { OblastAggregate, QuestionStat } from '../../contract/types.ts';
import { round, roundInterval } from './figures.ts';
import { compareShares, newcombeDifference } from './newcombe.ts';
import { wilson } from './wilson.ts';

/**
 * Per question and option: the rest of the country's count, share and Wilson interval, the
 * interval of (unit share − rest share) after Newcombe (1998, method 10) and whether it
 * excludes 0 ('higher'/'lower') or not ('unclear').
 *
 * @param unit the unit's question stats (counts over its `answered`)
 * @param country the whole survey's question stats, which include the unit's respondents
 * @param z two-sided critical value (zFor(confidence))
 * @throws Error when the country holds fewer answers than the unit (not one survey's figures)
 */
export function versusRest(
  unit: Record<string, QuestionStat>,
  country: Record<string, QuestionStat>,
  z: number,
): OblastAggregate['rest'] {
  const out: OblastAggregate['rest'] = {};
  for (const [id, q] of Object.entries(unit)) {
    const all = country[id];
    if (!all || all.answered < q.answered) throw new Error(`versusRest: country has fewer answers than unit for ${id}`);
    const answered = all.answered - q.answered;
    const options: OblastAggregate['rest'][string]['options'] = {};
    for (const [code, o] of Object.entries(q.options)) {
      const count = (all.options[code]?.count ?? 0) - o.count;
      options[code] = {
        count,
        share: answered > 0 ? round(count / answered) : null,
        ci: roundInterval(wilson(count, answered, z)),
        difference: roundInterval(newcombeDifference(o.count, q.answered, count, answered, z)),
        compare: compareShares(o.count, q.answered, count, answered, z),
      };
    }
    out[id] = { answered, options };
  }
  return out;
}
