// A survey export (CSV or .xlsx, as any survey tool wrote it) → validated JSON for the site.
// See docs/data-format.md; the work is runDataCli (src/ingest/cli/run.ts), this is its shell.
//   npm run data                               build data/generated from data/dataset.json (or $SURVEY_CSV)
//   npm run data -- --input FILE --out DIR     process another export into DIR
//   npm run data -- --check FILE [--json]      validate only
// Options: --lang uk|en, --map FILE, --sheet NAME, --encoding NAME, --min-respondents N, --other FILE.
// Exit codes: see src/ingest/cli/run.ts and docs/data-format.md.
import { processEffects, runDataCli } from '../src/ingest/cli/run.ts';

process.exitCode = await runDataCli(processEffects());
