// Where each arrow key goes from each region of the map: the move table that
// src/site/map/arrow-moves.ts works out from the map's geometry (neighbours in the arrow's
// quarter, nearest first), as encodeArrowMoves writes it. All maps share one layout, so one
// table serves every map on every page, carried here in the script rather than in the pages.
// src/site/map/arrow-moves.test.ts fails (and prints the new table) when the geometry changes.
//
// A row per unit: its ISO number, then where ArrowLeft, ArrowRight, ArrowUp and ArrowDown go
// ("05" is UA-05; ".." nowhere).
const MOVES =
  '0568711851 07..56..46 0963....14 1235145323 1412..09.. 185632..05 21..2646.. 23651412.. 26217746.. ' +
  '3018537432 3218533071 3505127148 40..4365.. 4340..65.. 46..610726 48516535.. 51..4805.. 5371635912 ' +
  '560718..68 597463..53 6146685677 635309..14 6548231243 6861055677 7105533235 74..59..32 77260561..';

const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** The ISO code of the region `key` moves to from region `iso`, or null: not an arrow key, or nothing that way. */
export function arrowTarget(iso: string, key: string): string | null {
  const k = KEYS.indexOf(key);
  const row = MOVES.split(' ').find((r) => `UA-${r.slice(0, 2)}` === iso);
  const to = k < 0 ? undefined : row?.slice(2 + 2 * k, 4 + 2 * k);
  return to && to !== '..' ? `UA-${to}` : null;
}
