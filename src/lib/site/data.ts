// Build-time access to the pipeline's output. Pages and components read the
// generated JSON through here and never touch the CSV.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  CommunityEntry,
  Codebook,
  DatasetConfig,
  NationalAggregate,
  OblastAggregate,
  OblastUnit,
  RunMeta,
} from '../types.ts';

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
/** Where the pipeline writes; SITE_DATA_DIR lets tests and previews point elsewhere. */
export const generatedDir = resolve(process.env.SITE_DATA_DIR ?? join(root, 'data', 'generated'));

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing — run `npm run data` first' : String(err);
    throw new Error(`Cannot read ${path}: ${reason}`, { cause: err });
  }
}

let cached: SiteData | undefined;

/** The project's config plus the pipeline output in `dir`; tests read their fixture output this way. */
export function readSiteData(dir: string): SiteData {
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

export function loadSiteData(): SiteData {
  cached ??= readSiteData(generatedDir);
  return cached;
}
