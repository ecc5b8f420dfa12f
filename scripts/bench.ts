// `npm run bench`: timing checks kept out of the test suite (no timed assertions in tests).
// Each section is a named async function printing its own lines; add a section by
// appending to `sections`. Exit code 1 when a section misses its target.
import { ingestSection } from './bench/ingest.ts';
import { oblastCellSection } from './bench/oblast-cell.ts';
import { siteSections } from './bench/site.ts';
import type { BenchSection } from './bench/section.ts';

export const sections: BenchSection[] = [ingestSection, oblastCellSection, ...siteSections];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = false;
  for (const s of sections) {
    if (only.length > 0 && !only.includes(s.name)) continue;
    console.log(`\n## ${s.name}`);
    if (!(await s.run())) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
