// One line per column for the CLI: what a column was matched to, or why it is ignored.
// Columns ignored by design (bookkeeping, personal data) are left to one summary line.
import type { Lang } from '../../contract/types.ts';
import type { ColumnMatch } from './columns.ts';
import { displayHeader } from '../../text/display.ts';

const HOW = {
  uk: {
    id: 'ідентифікатор',
    label: 'назва',
    alias: 'синонім',
    keyword: 'ключові слова',
    map: 'файл зіставлення',
    tool: 'службовий стовпець',
    path: 'шлях Kobo',
  },
  en: {
    id: 'id',
    label: 'label',
    alias: 'alias',
    keyword: 'key words',
    map: 'mapping file',
    tool: 'tool column',
    path: 'Kobo path',
  },
} as const;

/** `«Назва громади» → community (синонім)`, or null for a column ignored by design. */
export function describeColumn(c: ColumnMatch, lang: Lang): string | null {
  const t = c.target;
  // Headers come from the file: escaped and shortened like any value shown to the data team.
  const name = displayHeader(c.header, 60, lang);
  const how = c.how ? ` (${HOW[lang][c.how]})` : '';
  switch (t.kind) {
    case 'field':
    case 'question':
      return `${name} → ${t.id}${how}`;
    case 'option':
      return `${name} → ${t.question} = ${t.code}${how}`;
    case 'tool_id':
      return `${name} → respondent_id (${lang === 'uk' ? 'ідентифікатор інструмента' : "the tool's id"})`;
    case 'other_text':
      return `${name} → ${t.question} = other (${lang === 'uk' ? 'текст «Інше»' : '"Other" text'})`;
    case 'geopoint':
      return `${name} → lat, lon (${lang === 'uk' ? 'геоточка' : 'geopoint'})`;
    case 'summary':
      return `${name} → ${t.question} (${lang === 'uk' ? 'підсумок, звірено зі стовпцями варіантів' : 'summary, checked against the option columns'})`;
    case 'ignored':
      if (t.why === 'unknown')
        return lang === 'uk'
          ? `${name} → пропущено: не знайдено в кодовій книзі`
          : `${name} → ignored: not in the codebook`;
      if (t.why === 'empty') return null;
      return null;
  }
}
