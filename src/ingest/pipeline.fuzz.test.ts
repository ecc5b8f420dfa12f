// Random damage to a valid export must yield a result or a clean list of problems —
// never an exception, whatever bytes the data team's tools produce.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline.ts';
import { fixture, project } from '../../tests/support/survey.ts';

const sources = ['valid.csv', 'cp1251-semicolon-crlf.csv', 'utf16le-bom-tab.csv', 'quoted-fields.csv'].map(fixture);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    byte: fc.constantFrom(0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0x7c, 0x00, 0xd0, 0xff),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), byte: fc.constant(0) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), byte: fc.constant(0) }),
);

function mutate(source: Uint8Array, steps: { kind: string; at: number; byte: number }[]): Uint8Array {
  let bytes = [...source];
  for (const { kind, at, byte } of steps) {
    const i = bytes.length === 0 ? 0 : at % bytes.length;
    if (kind === 'set' && bytes.length > 0) bytes[i] = byte;
    else if (kind === 'insert') bytes.splice(i, 0, byte);
    else if (kind === 'delete') bytes.splice(i, 1);
    else if (kind === 'truncate') bytes = bytes.slice(0, i);
  }
  return Uint8Array.from(bytes);
}

describe('runPipeline under random byte damage', () => {
  it('never throws; failures come back as problems and the row counts add up', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sources.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (k, steps) => {
          const r = runPipeline(mutate(sources[k]!, steps), 'fuzz.csv', project);
          expect(r.rowsRead).toBe(r.rowsValid + r.rowsSkipped + r.rowsRejected);
          if (r.ok) expect(r.aggregates).not.toBeNull();
          else {
            expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
            expect(r.aggregates).toBeNull();
          }
          for (const p of r.problems) {
            expect(p.message.uk.length).toBeGreaterThan(0);
            expect(p.message.en.length).toBeGreaterThan(0);
            expect(p.code).toMatch(/^[a-z0-9_]+$/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
