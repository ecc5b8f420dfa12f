// The arrow keys' moves between the map's regions: the rule on small made-up maps, the table on
// the real geometry (known moves, every region reachable), and the copy the browser script carries.
import { describe, expect, it } from 'vitest';
import { arrowTarget } from '../../scripts/map-moves.ts';
import {
  ARROW_KEYS,
  arrowMoves,
  encodeArrowMoves,
  layoutArrowMoves,
  layoutNeighbours,
  type ArrowMoves,
} from './arrow-moves.ts';
import { mapLayout } from './layout.ts';

const [LEFT, RIGHT, UP, DOWN] = [0, 1, 2, 3];

/** The regions reachable from `start` by arrows alone (itself included). */
function reachable(moves: ArrowMoves, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0)
    for (const to of moves[queue.pop()!] ?? [])
      if (to !== null && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
  return seen;
}

describe('arrowMoves', () => {
  it('goes to the nearest neighbour in the arrow’s quarter, and nowhere where none lies that way', () => {
    const moves = arrowMoves([
      { iso: 'C', at: [0, 0], neighbours: ['E', 'FAR-E', 'NE', 'S'] },
      { iso: 'E', at: [10, 1], neighbours: ['C'] },
      // further east: a farther neighbour that way loses to the nearer one
      { iso: 'FAR-E', at: [30, 0], neighbours: ['C'] },
      // north-east but more east than north (40° off east): Right's quarter, not Up's
      { iso: 'NE', at: [10, -8.4], neighbours: ['C', 'E'] },
      { iso: 'S', at: [1, 10], neighbours: ['C'] },
      // not a neighbour: never a move, however well placed
      { iso: 'W', at: [-10, 0], neighbours: [] },
    ]);
    expect(moves['C']).toEqual([null, 'E', null, 'S']);
    // a sidestep counts twice: E (10 along, 1 across) beats NE (10 along, 8.4 across)
    expect(moves['NE']![DOWN]).toBe('E');
    expect(moves['NE']![LEFT]).toBe('C');
  });

  it('lets a unit with one neighbour go on to that neighbour’s neighbours; only its neighbour leads into it', () => {
    const moves = arrowMoves([
      { iso: 'OBLAST', at: [0, 0], neighbours: ['CITY', 'WEST', 'EAST'] },
      { iso: 'CITY', at: [2, -5], neighbours: ['OBLAST'] },
      { iso: 'WEST', at: [-20, 0], neighbours: ['OBLAST'] },
      { iso: 'EAST', at: [20, 0], neighbours: ['OBLAST'] },
    ]);
    expect(moves['OBLAST']![UP]).toBe('CITY');
    expect(moves['CITY']).toEqual(['WEST', 'EAST', null, 'OBLAST']);
    expect(Object.values(moves).filter((row) => row.includes('CITY'))).toHaveLength(1);
  });
});

describe('the move table of the real map', () => {
  const layout = mapLayout();
  const moves = layoutArrowMoves(layout);
  const isos = layout.regions.map((r) => r.iso);
  const go = (from: string, arrow: number) => moves[from]![arrow];

  it('finds the units’ neighbours from their shared borders, the two cities included', () => {
    const neighbours = layoutNeighbours(layout);
    expect(neighbours.get('UA-30')).toEqual(['UA-32']); // Київ: inside Київська
    expect(neighbours.get('UA-40')).toEqual(['UA-43']); // Севастополь: beside АР Крим
    expect(neighbours.get('UA-43')?.sort()).toEqual(['UA-40', 'UA-65']); // АР Крим: Херсонська
    expect(neighbours.get('UA-09')?.sort()).toEqual(['UA-14', 'UA-63']); // Луганська: Донецька, Харківська
    for (const [iso, list] of neighbours) for (const other of list) expect(neighbours.get(other)).toContain(iso);
  });

  it('moves the way a reader of the map expects', () => {
    // Вінницька → Черкаська: both Черкаська and Кіровоградська border it to the east; Черкаська's
    // centre is the nearer and less off the line, Кіровоградська's lies further, to the south-east.
    expect(go('UA-05', RIGHT)).toBe('UA-71');
    // Кіровоградська → Вінницька, not Черкаська, which lies north-west of it (the old run-time bug).
    expect(go('UA-35', LEFT)).toBe('UA-05');
    expect(['UA-14', 'UA-63']).toContain(go('UA-09', LEFT)); // Луганська → Харківська
    expect(go('UA-43', UP)).toBe('UA-65'); // АР Крим → Херсонська
    expect(go('UA-74', DOWN)).toBe('UA-32'); // Чернігівська → Київська
    expect(['UA-46', 'UA-26']).toContain(go('UA-21', RIGHT)); // Закарпатська → Івано-Франківська
    expect(go('UA-05', LEFT)).toBe('UA-68'); // Вінницька → Хмельницька
    expect(moves['UA-32']).toEqual(['UA-18', 'UA-53', 'UA-30', 'UA-71']); // Київська: Житомирська, Полтавська, Київ, Черкаська
    expect(go('UA-71', UP)).toBe('UA-32'); // Черкаська → Київська
    expect(go('UA-23', UP)).toBe('UA-12'); // Запорізька → Дніпропетровська
    // the edges of the country: west of Одеська is Moldova, east of Луганська Russia
    expect(go('UA-51', LEFT)).toBeNull();
    expect(go('UA-09', RIGHT)).toBeNull();
  });

  it('reaches every region from every other by arrows alone; the two cities can be left', () => {
    expect(isos).toHaveLength(27);
    for (const from of isos) expect([...reachable(moves, from)].sort(), from).toEqual([...isos].sort());
    // Київ and Севастополь: left in more than one direction, not only back where one came from
    expect(new Set(moves['UA-30']!.filter(Boolean)).size).toBeGreaterThan(1);
    expect(new Set(moves['UA-40']!.filter(Boolean)).size).toBeGreaterThan(1);
  });

  it('is the table the browser script carries (src/scripts/map-moves.ts)', () => {
    const carried = Object.fromEntries(isos.map((iso) => [iso, ARROW_KEYS.map((key) => arrowTarget(iso, key))]));
    expect(
      carried,
      `src/scripts/map-moves.ts carries another table than the geometry gives: put this into its MOVES\n${encodeArrowMoves(moves)}\n`,
    ).toEqual(moves);
    expect(arrowTarget('UA-05', 'Enter')).toBeNull();
  });
});
