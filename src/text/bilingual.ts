// A message for the data team: Ukrainian first, English after it, on one line.
// (When the CLI learns `--lang`, the caller picks one side instead of joining them.)

export interface Bilingual {
  uk: string;
  en: string;
}

/** `uk / en` on one line. */
export function bilingualLine(m: Bilingual): string {
  return `${m.uk} / ${m.en}`;
}
