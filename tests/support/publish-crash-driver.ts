// Test helper for tests/system/publish-kill.test.ts: publishes a set labelled argv[3] at argv[2] and kills
// itself with SIGKILL just before file-system step argv[4] (0: never). Prints the number of
// steps taken when it is not killed.
import { publishSet } from '../../src/ingest/publish/publish.ts';
import { OUTPUT_FILES } from '../../src/ingest/publish/outputs.ts';

const [out, label, killAt] = process.argv.slice(2) as [string, string, string];
const files = Object.fromEntries(OUTPUT_FILES.map((name) => [name, `${label}:${name}\n`]));
let steps = 0;
publishSet(out, files, {
  beforeStep(n) {
    steps = n;
    if (n === Number(killAt)) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write(`${steps}\n`);
