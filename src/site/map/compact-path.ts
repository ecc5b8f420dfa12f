// Shorter SVG path data for the same shape: d3's geoPath writes absolute "L512.3,401.7"
// for every vertex; relative moves ("l1.2-3.4") with implicit repeats and minimal
// number syntax carry the same coordinates in about half the bytes. Coordinates are
// handled in integer tenths, so the result is exact (no drift) for digits(1) input.
const token = /([MLZmlz])|(-?\d*\.?\d+(?:e[-+]?\d+)?)/g;

function tenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (frac ? `${whole || ''}.${frac}` : `${whole}`);
}

/**
 * Joins numbers with a separator only where the next one does not start with "-", or starts
 * with "." right after a number that already has a fraction (".5.5" reads as 0.5 then 0.5).
 * Each part is a number from `tenths`, so "has a fraction" is "contains a dot"; looking only
 * at the part before keeps this linear in the path's length (a scan of the joined text was
 * quadratic, seconds per build for the map geometry).
 */
function join(parts: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const p of parts) {
    if (out && !p.startsWith('-') && !(p.startsWith('.') && prev.includes('.'))) out += ',';
    out += p;
    prev = p;
  }
  return out;
}

export function compactPath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let nums: number[] = [];
  let pending: string[] = [];
  let pendingLetter = '';
  const flush = () => {
    if (pendingLetter) out += pendingLetter + join(pending);
    pending = [];
    pendingLetter = '';
  };
  const emit = (letter: string, values: string[]) => {
    if (letter !== pendingLetter || letter === 'M') flush();
    if (!pendingLetter) pendingLetter = letter;
    pending.push(...values);
  };
  for (const m of d.matchAll(token)) {
    if (m[1]) {
      command = m[1];
      nums = [];
      if (command === 'Z' || command === 'z') {
        flush();
        out += 'z';
        [x, y] = [startX, startY];
      }
      continue;
    }
    nums.push(Math.round(Number(m[2]) * 10));
    if (nums.length < 2) continue;
    const [nx, ny] = nums as [number, number];
    nums = [];
    if (command === 'M') {
      // An absolute move keeps each subpath independent of the one before.
      emit('M', [tenths(nx), tenths(ny)]);
      [startX, startY] = [nx, ny];
      command = 'L';
    } else {
      emit('l', [tenths(nx - x), tenths(ny - y)]);
    }
    [x, y] = [nx, ny];
  }
  flush();
  return out;
}
