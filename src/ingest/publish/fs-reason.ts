// Why a file-system call failed, in words for the data team instead of a stack trace.
import type { Localized } from '../../contract/types.ts';
import { localized, t, type Catalogue } from '../../i18n/index.ts';

/** The errno code of a Node file-system error, or null for anything else. */
export function errnoCode(err: unknown): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** A short reason for a failed file-system call, with the errno code in brackets (`немає дозволу (EACCES)`). */
export function fsReason(err: unknown): Localized {
  const code = errnoCode(err);
  const known = (c: Catalogue) => (code === null ? undefined : (c.ingest.fsReasons as Record<string, string>)[code]);
  if (known(t('uk')) !== undefined) return localized((c) => `${known(c)} (${code})`);
  const detail = code ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
  return localized((c) => c.ingest.fsError(detail));
}
