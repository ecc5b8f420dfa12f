// Publishes the pipeline's output files as one set, so that a reader (the site build)
// sees either the previous complete set or the new complete set, whatever moment the
// process dies at.
//
// Layout, for `--out data/generated`:
//   data/generated              symbolic link → .generated.sets/<run id>   (what readers open)
//   data/.generated.sets/<id>/  one complete set per run; the link names the current one
//   data/.generated.sets/lock   held while a run writes (pid and start time inside)
//
// A run writes its files into a new <id> folder (each file fsync'd), then makes a new link
// beside the old one and renames it over `out`: rename(2) replaces the link in one step.
// Readers resolve the link once and read all files from the folder it names (see
// src/site/data.ts). The previous set stays until the next run, for a reader that
// resolved the link just before the switch; the next run (holding the lock) removes every
// folder the link does not name, which is also how staging left by a killed run goes.
//
// A lock taken over from a dead holder is not race-free against a second run taking it over
// at the same instant (Node has no flock); two runs must both start within that instant after
// a crash for it to matter.
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Localized } from '../../contract/types.ts';
import { displayPath, displayValue } from '../../text/display.ts';
import { errnoCode, fsReason } from './fs-reason.ts';

/** Why publishing stopped: `refused` (out is something we must not replace), `busy` (another run holds the lock), `failed` (a file-system call failed). */
export type PublishFailure = 'refused' | 'busy' | 'failed';

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
  /** the clock, for the run id and the lock's start time */
  now?: () => Date;
}

const LOCK = 'lock';

/** Where the sets for `out` live: a hidden folder beside it. */
export function setsDirOf(out: string): string {
  const abs = resolve(out);
  return join(dirname(abs), `.${basename(abs)}.sets`);
}

/**
 * Writes `files` (name → content) as the new published set at `out` and returns the folder
 * holding it. `out` may be absent, our own link, or a plain folder holding only these file
 * names (the layout before sets existed; it is replaced, with a moment in between where `out`
 * is absent — never mixed). Throws PublishError for anything else, and when the file system
 * refuses; the published set is then unchanged.
 */
export function publishSet(out: string, files: Record<string, string>, options: PublishOptions = {}): string {
  const abs = resolve(out);
  const name = basename(abs);
  const parent = dirname(abs);
  const setsDir = setsDirOf(abs);
  const linkPrefix = `.${name}.sets/`;
  let n = 0;
  const step = <T>(label: string, path: string, fn: () => T): T => {
    options.beforeStep?.(++n, label);
    try {
      return fn();
    } catch (err) {
      if (err instanceof PublishError) throw err;
      throw failure(label, path, err);
    }
  };

  if (name === '' || abs === parent)
    throw refuse(abs, { uk: 'це корінь файлової системи', en: 'it is the file-system root' });
  const inspect = () => inspectOut(abs, linkPrefix, Object.keys(files), options.input);
  // Refuse before creating anything; then look again under the lock, where no other run can change it.
  step('inspect', abs, inspect);
  makeFolders(parent, step);
  step('mkdir sets', setsDir, () => mkdirIfMissing(setsDir));
  const lockPath = join(setsDir, LOCK);
  const now = options.now ?? (() => new Date());
  acquireLock(lockPath, abs, step, now);
  let current: Current;
  try {
    current = step('inspect', abs, inspect);
  } catch (err) {
    step('unlock', lockPath, () => unlinkSync(lockPath));
    throw err;
  }
  const id = runId(now());
  const staging = join(setsDir, id);
  const tmpLink = join(setsDir, `${id}.link`);
  try {
    for (const entry of step('list sets', setsDir, () => readdirSync(setsDir))) {
      if (entry === LOCK || (current.kind === 'link' && entry === current.id)) continue;
      step('remove stale', join(setsDir, entry), () => rmSync(join(setsDir, entry), { recursive: true, force: true }));
    }
    // Staging folders of the writer before sets (`.generated.tmp-*` beside `out`), left by a killed run.
    const legacyStaging = `.${name}.tmp-`;
    for (const entry of step('list parent', parent, () => readdirSync(parent))) {
      if (!entry.startsWith(legacyStaging)) continue;
      step('remove stale', join(parent, entry), () => rmSync(join(parent, entry), { recursive: true, force: true }));
    }
    step('mkdir staging', staging, () => mkdirSync(staging));
    for (const [file, content] of Object.entries(files)) writeDurably(join(staging, file), content, step);
    syncFolder(staging, step);
    step('symlink', tmpLink, () => symlinkSync(`${linkPrefix}${id}`, tmpLink));
    if (current.kind === 'folder') {
      step('retire old folder', abs, () => renameSync(abs, join(setsDir, `${id}.retired`)));
    }
    step('switch', abs, () => renameSync(tmpLink, abs));
    syncFolder(parent, step);
  } catch (err) {
    // Best effort: the next run removes whatever this leaves.
    rmSync(tmpLink, { force: true });
    const retired = join(setsDir, `${id}.retired`);
    if (current.kind === 'folder' && !exists(abs) && exists(retired)) renameSync(retired, abs);
    if (!isCurrent(abs, staging)) rmSync(staging, { recursive: true, force: true });
    throw err;
  } finally {
    step('unlock', lockPath, () => unlinkSync(lockPath));
  }
  return staging;
}

type Current = { kind: 'absent' } | { kind: 'link'; id: string } | { kind: 'folder' };

function inspectOut(abs: string, linkPrefix: string, names: string[], input: string | undefined): Current {
  if (input !== undefined && sameFile(input, abs)) {
    throw refuse(abs, { uk: 'це вхідний файл', en: 'it is the input file' });
  }
  let st;
  try {
    st = lstatSync(abs);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { kind: 'absent' };
    throw err;
  }
  if (st.isSymbolicLink()) {
    const target = readlinkSync(abs);
    const id = target.startsWith(linkPrefix) ? target.slice(linkPrefix.length) : '';
    if (/^[\w.-]+$/.test(id) && !id.includes('..')) return { kind: 'link', id };
    throw refuse(abs, {
      uk: `це символьне посилання на ${displayPath(target)}, створене не цією програмою`,
      en: `it is a symbolic link to ${displayPath(target)} that this tool did not make`,
    });
  }
  if (!st.isDirectory()) {
    const what = st.isFile() ? { uk: 'файл', en: 'a file' } : { uk: 'спеціальний файл', en: 'a special file' };
    throw refuse(abs, { uk: `це ${what.uk}, а не тека`, en: `it is ${what.en}, not a folder` });
  }
  const others = readdirSync(abs, { withFileTypes: true }).filter((e) => !(e.isFile() && names.includes(e.name)));
  if (others.length > 0) {
    const shown = others.slice(0, 5).map((e) => displayValue(e.name, 40));
    const more = others.length > 5 ? ` (+${others.length - 5})` : '';
    throw refuse(abs, {
      uk: `тека містить інші файли, не наші результати: ${shown.join(', ')}${more}; вкажіть окрему теку`,
      en: `the folder holds files other than our outputs: ${shown.join(', ')}${more}; choose a folder of its own`,
    });
  }
  return { kind: 'folder' };
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

type Step = <T>(label: string, path: string, fn: () => T) => T;

/** mkdir -p, one call per missing folder. (Node's recursive mkdir never returns for a path under /proc.) */
function makeFolders(dir: string, step: Step): void {
  const missing: string[] = [];
  let d = dir;
  for (;;) {
    const here = d;
    const exists = step('stat', here, () => {
      try {
        if (!statSync(here).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        return true;
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') return false;
        throw err;
      }
    });
    if (exists) break;
    missing.unshift(here);
    const up = dirname(here);
    if (up === here) break;
    d = up;
  }
  for (const m of missing) step('mkdir', m, () => mkdirSync(m));
}

function mkdirIfMissing(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (err) {
    if (errnoCode(err) !== 'EEXIST' || !lstatSync(dir).isDirectory()) throw err;
  }
}

function writeDurably(path: string, content: string, step: Step): void {
  const fd = step('create', path, () => openSync(path, 'wx'));
  try {
    step('write', path, () => writeAll(fd, content));
    step('fsync', path, () => fsyncSync(fd));
  } finally {
    step('close', path, () => closeSync(fd));
  }
}

function writeAll(fd: number, content: string): void {
  const bytes = Buffer.from(content, 'utf8');
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
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

function acquireLock(lockPath: string, out: string, step: Step, now: () => Date): void {
  const dir = dirname(lockPath);
  const mine = join(dir, `${LOCK}.${process.pid}.${Math.random().toString(36).slice(2, 8)}`);
  // The lock appears complete (pid and time written) or not at all: write aside, then link(2).
  step('write lock', mine, () => writeFileSyncExclusive(mine, `${process.pid}\n${now().toISOString()}\n`));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        step('lock', lockPath, () => linkSync(mine, lockPath));
        return;
      } catch (err) {
        if (!(err instanceof PublishError) || attempt > 0) throw err;
        if (errnoCode(err.cause) !== 'EEXIST') throw err;
        const holder = step('read lock', lockPath, () => readHolder(lockPath));
        if (holder !== null && holder.alive) throw busy(out, lockPath, holder);
        step('remove stale lock', lockPath, () => rmSync(lockPath, { force: true }));
      }
    }
  } finally {
    step('drop lock draft', mine, () => rmSync(mine, { force: true }));
  }
}

function writeFileSyncExclusive(path: string, content: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeAll(fd, content);
  } finally {
    closeSync(fd);
  }
}

interface Holder {
  pid: number;
  since: string;
  alive: boolean;
}

function readHolder(lockPath: string): Holder | null {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw err;
  }
  const [pidText = '', since = ''] = text.split('\n');
  const pid = Number(pidText);
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  return { pid, since: /^[\dT:.Z-]{1,40}$/.test(since) ? since : '?', alive: isAlive(pid) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isCurrent(out: string, set: string): boolean {
  try {
    return realpathSync(out) === realpathSync(set);
  } catch {
    return false;
  }
}

function runId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

function refuse(out: string, why: Localized): PublishError {
  const where = displayPath(out);
  return new PublishError('refused', {
    uk: `не пишу результати в ${where}: ${why.uk}`,
    en: `will not write the outputs to ${where}: ${why.en}`,
  });
}

function busy(out: string, lockPath: string, h: Holder): PublishError {
  const where = displayPath(out);
  return new PublishError('busy', {
    uk: `інший запуск (процес ${h.pid}, з ${h.since}) уже записує ${where}; дочекайтеся його завершення (якщо такого процесу немає, видаліть ${displayPath(lockPath)})`,
    en: `another run (process ${h.pid}, since ${h.since}) is writing ${where}; wait for it to finish (if there is no such process, delete ${displayPath(lockPath)})`,
  });
}

const ACTIONS: Record<string, Localized> = {
  inspect: { uk: 'перевірити', en: 'inspect' },
  stat: { uk: 'перевірити', en: 'inspect' },
  mkdir: { uk: 'створити теку', en: 'create the folder' },
  'mkdir sets': { uk: 'створити теку', en: 'create the folder' },
  'mkdir staging': { uk: 'створити теку', en: 'create the folder' },
  create: { uk: 'створити файл', en: 'create the file' },
  write: { uk: 'записати файл', en: 'write the file' },
  'write lock': { uk: 'записати файл блокування', en: 'write the lock file' },
  lock: { uk: 'взяти блокування', en: 'take the lock' },
  fsync: { uk: 'записати на диск файл', en: 'flush to disk the file' },
  'fsync folder': { uk: 'записати на диск теку', en: 'flush to disk the folder' },
  symlink: { uk: 'створити посилання', en: 'create the link' },
  switch: { uk: 'опублікувати', en: 'publish' },
  'retire old folder': { uk: 'відкласти стару теку', en: 'move aside the old folder' },
  'remove stale': { uk: 'прибрати залишки попереднього запуску', en: 'remove what an earlier run left' },
};

function failure(label: string, path: string, err: unknown): PublishError {
  const action = ACTIONS[label] ?? { uk: 'змінити', en: 'change' };
  const why = fsReason(err);
  const e = new PublishError('failed', {
    uk: `не вдалося ${action.uk} ${displayPath(path)}: ${why.uk}`,
    en: `cannot ${action.en} ${displayPath(path)}: ${why.en}`,
  });
  e.cause = err;
  return e;
}
