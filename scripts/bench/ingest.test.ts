// The benchmark's inputs and its floor must stay honest: a bench export the pipeline
// rejected would time the error path, and a floor that skipped rows would flatter the target.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { project } from '../../tests/support/survey.ts';
import { floorIngest, generateExport } from './ingest.ts';

const questionIds = project.codebook.codebook.questions.map((q) => q.id);

describe('ingest benchmark', () => {
  it('generates an export that the pipeline accepts row for row', () => {
    const r = runPipeline(Buffer.from(generateExport(project, 200)), 'bench.csv', project);
    expect(r.ok).toBe(true);
    expect([r.rowsRead, r.rowsValid]).toEqual([200, 200]);
  });

  it('floor keeps one record per data row of the same export', () => {
    expect(floorIngest(Buffer.from(generateExport(project, 200)), questionIds)).toBe(200);
  });

  it('floor looks at every character (a control character anywhere is seen)', () => {
    const text = generateExport(project, 20);
    const last = text.lastIndexOf('|');
    expect(floorIngest(Buffer.from(`${text.slice(0, last)}\u0001${text.slice(last)}`), questionIds)).toBe(-1);
  });
});
