// The report page must not grow with the sample: with 10,000 respondents `/` weighs at
// most 1.1× what it weighs with the shipped export (the community list is on its own
// pages). Builds the site once more from a 10,000-row export made from the shipped one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSize } from '../../scripts/site-check/budgets.ts';
import { astroBuild, buildData, projectRoot } from '../e2e/build-site.ts';
import { e2e } from '../e2e/context.ts';

const ROWS = 10_000;
let work = '';

/** The shipped export, repeated to `rows` rows with unique ids and community names. */
function bigExport(rows: number): string {
  const dataset = JSON.parse(readFileSync(join(projectRoot, 'data/dataset.json'), 'utf8')) as { input: string };
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(projectRoot, dataset.input), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const base = parsed.data;
  const data = Array.from({ length: rows }, (_, i) => {
    const row = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    return { ...row, respondent_id: `BIG${i}`, community: round ? `${row.community} ${round}` : row.community };
  });
  return Papa.unparse({ fields: parsed.meta.fields!, data });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'report-size-'));
  const input = join(work, 'big.csv');
  writeFileSync(input, bigExport(ROWS));
  buildData(input, join(work, 'generated'));
  astroBuild(join(work, 'dist'), { SITE_DATA_DIR: join(work, 'generated'), ASTRO_CACHE_DIR: join(work, 'cache') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the report at ${ROWS.toLocaleString('en')} respondents`, () => {
  it.each(['index.html', 'en/index.html'])('%s stays within 1.1× its size at the shipped export (gzip)', (file) => {
    const shipped = gzipSize(readFileSync(join(e2e().distDir, file)));
    const big = gzipSize(readFileSync(join(work, 'dist', file)));
    expect(big / shipped).toBeLessThanOrEqual(1.1);
  });

  it('lists every community on the oblast profiles', () => {
    const generated = JSON.parse(readFileSync(join(work, 'generated/communities.json'), 'utf8')) as {
      oblast: string;
    }[];
    expect(generated).toHaveLength(ROWS);
    const lviv = generated.filter((c) => c.oblast === 'UA-46').length;
    const html = readFileSync(join(work, 'dist/oblasts/ua-46/index.html'), 'utf8');
    expect(html.match(/<tr id="h-/g)!.length).toBe(lviv);
  });
});
