// Publishes the pipeline's output files as one set. The guarantee the site build needs
// (docs/data-format.md): a reader sees the previous complete set or the new complete set,
// never a mix, whatever moment a run dies at; a run that fails changes nothing published.
//
// Layout, for `--out data/generated`:
//   data/generated               symbolic link → .generated.sets/<run id>   (what readers open)
//   data/.generated.sets/<id>/   one complete set per run
//
// A run writes its files into a new <id> folder, makes a new link beside the old one and
// renames it over `out`: rename(2) replaces the link in one step. Readers resolve the link
// once and read every file from the folder it names (src/site/data.ts). After the switch the
// run removes every set but the new one and the one it replaced (a reader may have resolved
// the link just before the switch); that is also how folders left by a killed run go.
// Two runs at once each publish a complete set, the later switch wins; one may remove the
// other's unfinished folder, which then fails with a one-line reason — never a mix.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Localized } from '../../contract/types.ts';
import { displayPath, displayValue } from '../../text/display.ts';
import { errnoCode, fsReason } from './fs-reason.ts';
import { localized, type Catalogue } from '../../i18n/index.ts';

/** Why publishing stopped: `refused` (out is something we must not replace), `failed` (a file-system call failed). */
export type PublishFailure = 'refused' | 'failed';

/** A publishing problem with a one-line reason; nothing published was changed. */
export class PublishError extends Error {
  readonly kind: PublishFailure;
  readonly reason: Localized;
  constructor(kind: PublishFailure, reason: Localized) {
    super(reason.en);
    this.kind = kind;
    this.reason = reason;
  }
}

export interface PublishOptions {
  /** the input file: `out` must not be it */
  input?: string;
  /** called before every file-system call, numbered from 1; fault-injection tests kill the process here */
  beforeStep?: (step: number, label: string) => void;
  /** the clock, for the run id */
  now?: () => Date;
}

/** Where the sets for `out` live: a hidden folder beside it. */
export function setsDirOf(out: string): string {
  const abs = resolve(out);
  return join(dirname(abs), `.${basename(abs)}.sets`);
}

/**
 * Writes `files` (name → content) as the new published set at `out` and returns the folder
 * holding it. `out` may be absent, an empty folder or our own link. Throws PublishError for anything else
 * (a file, a folder, a link we did not make, the input itself), and when the file system
 * refuses; the published set is then unchanged.
 */
export function publishSet(out: string, files: Record<string, string>, options: PublishOptions = {}): string {
  const abs = resolve(out);
  const parent = dirname(abs);
  const setsDir = setsDirOf(abs);
  const linkPrefix = `.${basename(abs)}.sets/`;
  let n = 0;
  const step: Step = (label, path, fn) => {
    options.beforeStep?.(++n, label);
    try {
      return fn();
    } catch (err) {
      if (err instanceof PublishError) throw err;
      throw failure(label, path, err);
    }
  };

  if (abs === parent) throw refuse(abs, (c) => c.root);
  const previous = step('inspect', abs, () => currentSet(abs, linkPrefix, options.input));
  makeFolders(setsDir, step);
  const id = runId((options.now ?? (() => new Date()))());
  const staging = join(setsDir, id);
  const tmpLink = join(setsDir, `${id}.link`);
  try {
    step('mkdir staging', staging, () => mkdirSync(staging));
    for (const [file, content] of Object.entries(files)) writeDurably(join(staging, file), content, step);
    syncFolder(staging, step);
    step('symlink', tmpLink, () => symlinkSync(`${linkPrefix}${id}`, tmpLink));
    step('switch', abs, () => renameSync(tmpLink, abs));
    syncFolder(parent, step);
  } catch (err) {
    // Best effort: the next run removes whatever this leaves.
    rmSync(tmpLink, { force: true });
    if (currentId(abs, linkPrefix) !== id) rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  // Published; what is left to do is tidying, and the next run tries again if it fails.
  try {
    for (const entry of step('list sets', setsDir, () => readdirSync(setsDir))) {
      if (entry === id || entry === previous) continue;
      step('remove stale', join(setsDir, entry), () => rmSync(join(setsDir, entry), { recursive: true, force: true }));
    }
  } catch {
    // nothing published depends on it
  }
  return staging;
}

type Step = <T>(label: string, path: string, fn: () => T) => T;

/** The id of the set `out` links to now, null when nothing is published yet; refuses anything else. */
function currentSet(abs: string, linkPrefix: string, input: string | undefined): string | null {
  if (input !== undefined && sameFile(input, abs)) throw refuse(abs, (c) => c.isInput);
  let st;
  try {
    st = lstatSync(abs);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw err;
  }
  if (st.isSymbolicLink()) {
    const id = currentId(abs, linkPrefix);
    if (id !== null) return id;
    const target = displayPath(readlinkSync(abs));
    throw refuse(abs, (c) => c.foreignLink(target));
  }
  if (st.isDirectory()) {
    const entries = readdirSync(abs);
    // An empty folder publishes nothing: it makes way for the link.
    if (entries.length === 0) {
      rmdirSync(abs);
      return null;
    }
    const shown = entries.slice(0, 5).map((e) => displayValue(e, 40));
    const more = entries.length > 5 ? ` (+${entries.length - 5})` : '';
    throw refuse(abs, (c) => c.folder(`${shown.join(', ')}${more}`));
  }
  throw refuse(abs, (c) => (st.isFile() ? c.file : c.special));
}

/** The run id `out` links to, or null when it is not our link. */
function currentId(abs: string, linkPrefix: string): string | null {
  let target;
  try {
    target = readlinkSync(abs);
  } catch {
    return null;
  }
  const id = target.startsWith(linkPrefix) ? target.slice(linkPrefix.length) : '';
  return /^[\w.-]+$/.test(id) && !id.includes('..') ? id : null;
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** mkdir -p, one call per missing folder. (Node's recursive mkdir never returns for a path under /proc.) */
function makeFolders(dir: string, step: Step): void {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const here = d;
    const isFolder = step('stat', here, () => {
      try {
        if (!statSync(here).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        return true;
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') return false;
        throw err;
      }
    });
    if (isFolder || dirname(here) === here) break;
    missing.unshift(here);
  }
  for (const m of missing) step('mkdir', m, () => mkdirSync(m));
}

/** Written and flushed, so a set that is switched to is whole even after a power cut. */
function writeDurably(path: string, content: string, step: Step): void {
  const fd = step('create', path, () => openSync(path, 'wx'));
  try {
    const bytes = Buffer.from(content, 'utf8');
    step('write', path, () => {
      for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    });
    step('fsync', path, () => fsyncSync(fd));
  } finally {
    step('close', path, () => closeSync(fd));
  }
}

/** fsync a folder, so a rename or new entry in it survives a power cut, not only a killed process. */
function syncFolder(dir: string, step: Step): void {
  const fd = step('open folder', dir, () => openSync(dir, 'r'));
  try {
    step('fsync folder', dir, () => fsyncSync(fd));
  } finally {
    step('close folder', dir, () => closeSync(fd));
  }
}

function runId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

type Messages = Catalogue['ingest']['publish'];

function refuse(out: string, why: (c: Messages) => string): PublishError {
  const where = displayPath(out);
  return new PublishError(
    'refused',
    localized((c) => c.ingest.publish.refused(where, why(c.ingest.publish))),
  );
}

/** The action each step's label names in a failure (`cannot create the folder …`). */
const ACTIONS: Record<string, keyof Messages['actions']> = {
  inspect: 'inspect',
  stat: 'inspect',
  mkdir: 'mkdir',
  'mkdir staging': 'mkdir',
  create: 'create',
  write: 'write',
  fsync: 'fsync',
  'fsync folder': 'fsyncFolder',
  symlink: 'symlink',
  switch: 'switch',
  'remove stale': 'removeStale',
};

function failure(label: string, path: string, err: unknown): PublishError {
  const action = ACTIONS[label] ?? 'other';
  const why = fsReason(err);
  const where = displayPath(path);
  const e = new PublishError(
    'failed',
    localized((c, lang) => c.ingest.publish.failed(c.ingest.publish.actions[action], where, why[lang])),
  );
  e.cause = err;
  return e;
}
