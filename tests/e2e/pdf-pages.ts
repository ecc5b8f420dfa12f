// Reads Chromium's own PDF output (Skia: uncompressed object dictionaries, FlateDecode
// content streams, one operator per line) well enough to say, per page, how far down the
// page its text reaches. No PDF library: the format Chromium writes is small and stable,
// and a test only needs page order, the transforms and where text is placed.
import { inflateSync } from 'node:zlib';

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/**
 * For each page of a Chromium PDF, in page order, how much of the page height lies above
 * its lowest line of text (0 = no text, 1 = text down to the bottom edge). Text placed by
 * `Tm` under nested `cm` transforms is followed through the `q`/`Q` stack.
 */
export function pdfTextFill(pdf: Buffer): number[] {
  const s = pdf.toString('latin1');
  const objects = new Map<number, [number, number]>();
  for (const m of s.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = m.index + m[0].length;
    objects.set(Number(m[1]), [start, s.indexOf('endobj', start)]);
  }
  const body = (n: number): string => {
    const [a, b] = objects.get(n) ?? [0, 0];
    return s.slice(a, b);
  };
  const stream = (n: number): string => {
    const [a] = objects.get(n) ?? [0, 0];
    const text = body(n);
    const at = text.indexOf('stream');
    let offset = a + at + 'stream'.length;
    if (s[offset] === '\r') offset++;
    if (s[offset] === '\n') offset++;
    const raw = pdf.subarray(offset, offset + Number(/\/Length (\d+)/.exec(text)?.[1] ?? 0));
    return (/FlateDecode/.test(text.slice(0, at)) ? inflateSync(raw) : raw).toString('latin1');
  };
  const catalog = [...objects.keys()].find((n) => /\/Type \/Catalog/.test(body(n)));
  const pagesOf = (n: number): number[] => {
    const b = body(n);
    if (!/\/Type \/Pages\b/.test(b)) return [n];
    const kids = /\/Kids \[([^\]]*)\]/.exec(b)?.[1].match(/\d+ 0 R/g) ?? [];
    return kids.flatMap((r) => pagesOf(Number(r.split(' ')[0])));
  };
  const root = Number(/\/Pages (\d+) 0 R/.exec(body(catalog ?? 0))?.[1]);
  return pagesOf(root).map((page) => {
    const b = body(page);
    const height = Number(/\/MediaBox \[[-\d.]+ [-\d.]+ [-\d.]+ ([-\d.]+)\]/.exec(b)?.[1] ?? 842);
    const contents = /\/Contents (\d+) 0 R/.exec(b);
    if (!contents) return 0;
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const stack: Matrix[] = [];
    let lowest = height;
    for (const line of stream(Number(contents[1])).split('\n')) {
      if (line === 'q') stack.push(ctm);
      else if (line === 'Q') ctm = stack.pop() ?? ctm;
      else if (line.endsWith(' cm') || line.endsWith(' Tm')) {
        const n = line.split(' ').slice(0, 6).map(Number) as Matrix;
        if (n.some(Number.isNaN)) continue;
        if (line.endsWith(' cm')) ctm = multiply(n, ctm);
        else {
          const y = n[4] * ctm[1] + n[5] * ctm[3] + ctm[5];
          if (y >= 0 && y <= height) lowest = Math.min(lowest, y);
        }
      }
    }
    return lowest >= height ? 0 : (height - lowest) / height;
  });
}
