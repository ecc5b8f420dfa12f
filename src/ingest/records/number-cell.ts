// A numeric cell (population, latitude, longitude) read against its codebook field's type
// and bounds, with the message that says what was expected.
import type { Field, Lang, Localized } from '../../contract/types.ts';
import { localized, t } from '../../i18n/index.ts';

export type Report = (id: string, value: string, code: string, message: Localized) => void;

/** Parses an optional numeric cell against the field's bounds; null when empty, NaN when rejected. */
export function numberCell(
  text: string,
  field: Field | undefined,
  parse: (s: string) => number,
  report: Report,
): number | null {
  if (!field || text.length === 0) {
    if (field?.required && text.length === 0)
      report(
        field.id,
        text,
        'required',
        localized((c, lang) => c.ingest.cells.numberRequired(expectedNumber(field, lang))),
      );
    return null;
  }
  const n = parse(text);
  const inRange =
    !Number.isNaN(n) &&
    (field.type !== 'integer' || Number.isSafeInteger(n)) &&
    (field.min === undefined || n >= field.min) &&
    (field.max === undefined || n <= field.max);
  if (!inRange) {
    report(
      field.id,
      text,
      'bad_number',
      localized((_, lang) => expectedNumber(field, lang)),
    );
    return NaN;
  }
  return n;
}

function expectedNumber(field: Field, lang: Lang): string {
  const { min, max } = field;
  const c = t(lang).ingest.numbers;
  const range = min !== undefined && max !== undefined ? c.between(min, max) : min !== undefined ? ` ≥ ${min}` : '';
  if (field.type === 'integer') return c.integer(range);
  if (field.type === 'latitude' || field.type === 'longitude') return c.degrees(field.type, range);
  return c.number(range);
}
