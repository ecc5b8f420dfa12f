// Why a file-system call failed, in words for the data team instead of a stack trace.
import type { Localized } from '../../contract/types.ts';

const REASONS: Record<string, Localized> = {
  ENOENT: { uk: 'немає такого файлу чи теки', en: 'no such file or folder' },
  EACCES: { uk: 'немає дозволу', en: 'permission denied' },
  EPERM: { uk: 'операцію не дозволено', en: 'operation not permitted' },
  EROFS: { uk: 'файлова система лише для читання', en: 'read-only file system' },
  ENOSPC: { uk: 'на диску немає місця', en: 'no space left on the disk' },
  EDQUOT: { uk: 'вичерпано квоту диска', en: 'disk quota exceeded' },
  ENOTDIR: { uk: 'частина шляху — не тека', en: 'a part of the path is not a folder' },
  EISDIR: { uk: 'це тека, а не файл', en: 'it is a folder, not a file' },
  EEXIST: { uk: 'вже існує', en: 'already exists' },
  ENOTEMPTY: { uk: 'тека не порожня', en: 'folder is not empty' },
  EIO: {
    uk: 'помилка вводу-виводу (файл не читається як звичайний)',
    en: 'input/output error (not readable as a plain file)',
  },
  ENAMETOOLONG: { uk: 'задовга назва', en: 'name too long' },
  ELOOP: { uk: 'забагато символьних посилань', en: 'too many symbolic links' },
  EBUSY: { uk: 'ресурс зайнятий', en: 'resource busy' },
  EMFILE: { uk: 'забагато відкритих файлів', en: 'too many open files' },
  ENFILE: { uk: 'забагато відкритих файлів у системі', en: 'too many open files in the system' },
  EXDEV: { uk: 'різні файлові системи', en: 'crosses file systems' },
  EINVAL: { uk: 'файлова система не підтримує цю дію', en: 'the file system does not support this' },
  ENXIO: { uk: 'пристрій недоступний', en: 'no such device' },
  ENODEV: { uk: 'пристрій недоступний', en: 'no such device' },
  EAGAIN: { uk: 'ресурс тимчасово недоступний', en: 'resource temporarily unavailable' },
};

/** The errno code of a Node file-system error, or null for anything else. */
export function errnoCode(err: unknown): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** A short reason for a failed file-system call, with the errno code in brackets (`немає дозволу (EACCES)`). */
export function fsReason(err: unknown): Localized {
  const code = errnoCode(err);
  const known = code === null ? undefined : REASONS[code];
  if (known) return { uk: `${known.uk} (${code})`, en: `${known.en} (${code})` };
  const detail = code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  return { uk: `помилка файлової системи (${detail})`, en: `file-system error (${detail})` };
}
