// One line per column for the CLI: what a column was matched to, or why it is ignored.
// Columns ignored by design (bookkeeping, personal data) are left to one summary line. The
// words are the catalogue's (ingest.columns).
import type { Lang } from '../../contract/types.ts';
import type { ColumnMatch } from './columns.ts';
import { displayHeader } from '../../text/display.ts';
import { t as catalogue } from '../../i18n/index.ts';

/** `«Назва громади» → community (синонім)`, or null for a column ignored by design. */
export function describeColumn(c: ColumnMatch, lang: Lang): string | null {
  const t = c.target;
  // Headers come from the file: escaped and shortened like any value shown to the data team.
  const name = displayHeader(c.header, 60, lang);
  const words = catalogue(lang).ingest.columns;
  const how = c.how ? ` (${words.how[c.how]})` : '';
  switch (t.kind) {
    case 'field':
    case 'question':
      return `${name} → ${t.id}${how}`;
    case 'option':
      return `${name} → ${t.question} = ${t.code}${how}`;
    case 'tool_id':
      return `${name} → respondent_id (${words.toolId})`;
    case 'other_text':
      return `${name} → ${t.question} = other (${words.otherText})`;
    case 'geopoint':
      return `${name} → lat, lon (${words.geopoint})`;
    case 'summary':
      return `${name} → ${t.question} (${words.summary})`;
    case 'ignored':
      if (t.why === 'unknown') return `${name} → ${words.notInCodebook}`;
      if (t.why === 'empty') return null;
      return null;
  }
}
