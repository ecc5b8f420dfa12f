import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPath } from './compact-path.ts';

/** Absolute vertices of a path made only of M, L/l and Z/z. */
function vertices(d: string): number[][] {
  const out: number[][] = [];
  let x = 0,
    y = 0,
    sx = 0,
    sy = 0,
    cmd = '';
  const nums: number[] = [];
  for (const m of d.matchAll(/([MLZmlz])|(-?\d*\.?\d+)/g)) {
    if (m[1]) {
      cmd = m[1];
      if (cmd === 'z' || cmd === 'Z') [x, y] = [sx, sy];
      continue;
    }
    nums.push(Number(m[2]));
    if (nums.length < 2) continue;
    const [a, b] = nums.splice(0, 2) as [number, number];
    if (cmd === 'M') {
      [x, y, sx, sy] = [a, b, a, b];
      cmd = 'L';
    } else if (cmd === 'm') {
      [x, y] = [x + a, y + b];
      [sx, sy] = [x, y];
      cmd = 'l';
    } else if (cmd === 'L') [x, y] = [a, b];
    else [x, y] = [x + a, y + b];
    // "+ 0" turns a -0 into 0: the same point whichever way the rounding came.
    out.push([Math.round(x * 10) + 0, Math.round(y * 10) + 0]);
  }
  return out;
}

describe('compactPath', () => {
  const d = 'M100,200L100.5,210.3L99.9,205Z M300.1,40L310,40L310,50.5Z';

  it('keeps every vertex exactly', () => {
    expect(vertices(compactPath(d))).toEqual(vertices(d));
  });

  it('writes relative moves with minimal separators', () => {
    expect(compactPath('M100,200L100.5,210.3L99.9,205Z')).toBe('M100,200l.5,10.3-.6-5.3z');
  });

  it('is shorter for long paths', () => {
    const long =
      'M500,500' +
      Array.from(
        { length: 200 },
        (_, i) => `L${(500 + i * 0.7).toFixed(1)},${(500 + Math.sin(i) * 30).toFixed(1)}`,
      ).join('') +
      'Z';
    const short = compactPath(long);
    expect(vertices(short)).toEqual(vertices(long));
    expect(short.length).toBeLessThan(long.length * 0.6);
  });

  it('leaves out a separator exactly where the SVG number grammar allows', () => {
    // ".5.5" reads as 0.5 then 0.5; ".5" after "1" needs its comma ("1.5" is one number); "-" separates.
    expect(compactPath('M0,0L.5,.5L1,1.5L1.5,1')).toBe('M0,0l.5.5.5,1,.5-.5');
  });

  it('draws the same vertices for any path of moves and lines', () => {
    const coord = fc.integer({ min: -99999, max: 99999 }).map((n) => (n / 10).toFixed(1));
    const point = fc.tuple(coord, coord).map(([x, y]) => `${x},${y}`);
    const ring = fc.array(point, { minLength: 1, maxLength: 30 }).map((ps) => `M${ps.join('L')}Z`);
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 4 }), (rings) => {
        const d = rings.join('');
        expect(vertices(compactPath(d))).toEqual(vertices(d));
      }),
    );
  });
});
