// Build-time access to the pipeline's output. Pages and components read the
// generated JSON through here and never touch the CSV.
import { readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing — run `npm run data` first' : String(err);
    throw new Error(`Cannot read ${path}: ${reason}`, { cause: err });
  }
}

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

/** The project's config plus the pipeline output published at `dir`; tests read their fixture output this way. */
export function readSiteData(published: string): SiteData {
  const dir = publishedSet(published);
  return {
    codebook: readJson<Codebook>(join(root, 'data', 'codebook.json')),
    dataset: readJson<DatasetConfig>(join(root, 'data', 'dataset.json')),
    registry: readJson<{ units: OblastUnit[] }>(join(root, 'data', 'oblasts.json')).units,
    oblasts: readJson<OblastAggregate[]>(join(dir, 'oblasts.json')),
    national: readJson<NationalAggregate>(join(dir, 'national.json')),
    communities: readJson<CommunityEntry[]>(join(dir, 'communities.json')),
    meta: readJson<RunMeta>(join(dir, 'meta.json')),
  };
}
