// Build-time access to the pipeline's output. Pages and components read the
// generated JSON through here and never touch the CSV.
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CodebookSchema } from '../contract/codebook.ts';
import { DatasetSchema } from '../contract/dataset.ts';
import {
  CommunitiesFileSchema,
  NationalAggregateSchema,
  OblastsFileSchema,
  RunMetaSchema,
} from '../contract/generated.ts';
import { loadJson } from '../contract/load.ts';
import { RegistrySchema } from '../contract/registry.ts';
import type {
  CommunityEntry,
  Codebook,
  DatasetConfig,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  RunMeta,
} from '../contract/types.ts';

export interface SiteData {
  codebook: Codebook;
  dataset: DatasetConfig;
  registry: OblastUnit[];
  oblasts: OblastAggregate[];
  national: NationalAggregate;
  communities: CommunityEntry[];
  meta: RunMeta;
}

const root = resolve(process.env.PROJECT_ROOT ?? process.cwd());

/**
 * The folder holding one complete published set. `npm run data` publishes `dir` as a link
 * that is switched to a new folder in one step (src/ingest/publish/publish.ts); resolving it once and
 * reading every file from the folder it names means a run finishing meanwhile cannot hand us
 * files from two different sets. A plain folder (test fixtures) resolves to itself.
 */
export function publishedSet(dir: string): string {
  try {
    return realpathSync(dir);
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no published data yet — run `npm run data` first'
        : String(err);
    throw new Error(`Cannot read ${dir}: ${reason}`, { cause: err });
  }
}

/**
 * The project's config plus the pipeline output published at `dir`, each file checked against
 * its schema (src/contract) once, here; tests read their fixture output this way.
 * @throws ConfigError naming the file and the JSON path of every problem.
 */
export function readSiteData(published: string): SiteData {
  const dir = publishedSet(published);
  return {
    codebook: loadJson(join(root, 'data', 'codebook.json'), CodebookSchema),
    dataset: loadJson(join(root, 'data', 'dataset.json'), DatasetSchema),
    registry: loadJson(join(root, 'data', 'oblasts.json'), RegistrySchema).units,
    oblasts: loadJson(join(dir, 'oblasts.json'), OblastsFileSchema),
    national: loadJson(join(dir, 'national.json'), NationalAggregateSchema),
    communities: loadJson(join(dir, 'communities.json'), CommunitiesFileSchema),
    meta: loadJson(join(dir, 'meta.json'), RunMetaSchema),
  };
}
