// A bad oblast cell of 16,000 characters or 1 MB must be answered in about the time of a
// valid one-row file (issue #11: the old suggestion ran an unbounded edit distance and
// took 14 s, or never answered). Each file is one data row through the whole pipeline,
// with a fresh matcher (no memo); target: a bad cell costs at most 5× the valid row plus
// the time to read the cell's bytes once (the 1 MB file is 1 MB to decode and parse).
import Papa from 'papaparse';
import { createOblastMatcher } from '../../src/ingest/oblast/normalize.ts';
import { runPipeline } from '../../src/ingest/pipeline.ts';
import { loadProjectData } from '../../src/ingest/project.ts';
import type { BenchSection } from './section.ts';

const REPEATS = 9;
const TARGET = 5;

export const oblastCellSection: BenchSection = {
  name: 'oblast-cell',
  async run() {
    const project = loadProjectData(process.cwd());
    const header = 'respondent_id,community,oblast,smart_strategy,priority_areas';
    const file = (oblast: string) => Buffer.from(`${header}\nR1,Громада,"${oblast}",adopted,transport\n`);
    const time = (bytes: Uint8Array) => {
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const t = performance.now();
        runPipeline(bytes, 'x.csv', { ...project, oblasts: createOblastMatcher(project.units) });
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[REPEATS >> 1]!;
    };
    const parse = (bytes: Uint8Array) => {
      const t = performance.now();
      Papa.parse(new TextDecoder().decode(bytes));
      return performance.now() - t;
    };
    const valid = time(file('Київська область'));
    let ok = true;
    console.log(`valid one-row file: ${valid.toFixed(1)} ms (median of ${REPEATS}, matcher built each time)`);
    for (const n of [16_000, 1_000_000]) {
      const bytes = file('Київська'.repeat(n / 8));
      const bad = time(bytes);
      const budget = TARGET * valid + parse(bytes);
      ok &&= bad <= budget;
      console.log(
        `bad ${n}-character cell: ${bad.toFixed(1)} ms (target ≤ ${budget.toFixed(1)} ms) ${bad <= budget ? 'OK' : 'MISSED'}`,
      );
    }
    return ok;
  },
};
