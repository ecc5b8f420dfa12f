// Default iframe heights: enough for the whole graphic at a typical article width
// (600–700 px) without the resizer script. Narrower columns scroll inside the frame
// until the script (or pym/frames on the host) sets the exact height.
import type { Codebook } from '../../contract/types.ts';
import type { Graphic } from '../graphics.ts';

const MAP_HEIGHT = 820;
/** Title, subtitle, source, notice, link and the table toggle. */
const BAR_CHROME = 280;
/** One bar row of the report's chart (see chart/bar.ts). */
const BAR_ROW = 46;

/** Title, summary, axes, key and the table toggle of the ranking, and one oblast row (OblastRanking.astro). */
const RANKING_CHROME = 360;
const RANKING_ROW = 24;
/** Oblast-level units a ranking can list. */
const UNITS = 27;

export function defaultHeight(graphic: Graphic, codebook: Codebook): number {
  if (graphic.kind === 'map') return MAP_HEIGHT;
  if (graphic.kind === 'ranking') return RANKING_CHROME + UNITS * RANKING_ROW;
  const options = codebook.questions.find((q) => q.id === graphic.subject)?.options.length ?? 5;
  return BAR_CHROME + options * BAR_ROW;
}
