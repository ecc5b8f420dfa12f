// Which survey tool wrote an export, from its header rows alone. The shape decides how
// many rows are headers; the columns are then matched the same way for every tool.
import { headerKey } from './header-key.ts';

export type Shape =
  | 'contract'
  | 'google-forms'
  | 'microsoft-forms'
  | 'surveymonkey'
  | 'kobo'
  | 'limesurvey'
  | 'qualtrics'
  | 'odk-central'
  | 'generic';

/** SurveyMonkey's second header row says this over single-answer columns. */
export const RESPONSE_MARKS = new Set(
  ['response', 'відповідь', 'open ended response', 'відкрита відповідь'].map(headerKey),
);

/**
 * The shape of an export and how many of its first rows are headers.
 * `first` and `second` are the first two non-blank rows; `ids` the codebook's column ids.
 */
export function detectShape(
  first: string[],
  second: string[] | undefined,
  ids: Set<string>,
): { shape: Shape; headerRows: 1 | 2 } {
  const keys = new Set(first.map(headerKey));
  const raw = first.map((h) => h.replace(/^\uFEFF/, '').trim());
  const has = (...names: string[]) => names.every((n) => keys.has(headerKey(n)));
  if (
    has('respondent id', 'collector id') ||
    (second !== undefined && second.some((c) => RESPONSE_MARKS.has(headerKey(c))))
  )
    return { shape: 'surveymonkey', headerRows: 2 };
  // ODK Central: SubmissionDate first, its KEY and meta-instanceID columns.
  if (headerKey(first[0] ?? '') === headerKey('SubmissionDate') || has('meta-instanceID', 'KEY'))
    return { shape: 'odk-central', headerRows: 1 };
  if (
    has('_uuid') ||
    has('_submission_time') ||
    has('_index') ||
    raw.some((h) => /^[a-z_][\w.-]*\/[\w.-]+$/i.test(h) && !/^meta\//.test(h))
  )
    return { shape: 'kobo', headerRows: 1 };
  if (has('submitdate') || has('lastpage') || has('startlanguage') || raw.some((h) => /\[[^\]]+\]$/.test(h)))
    return { shape: 'limesurvey', headerRows: 1 };
  if (has('start time', 'completion time') || has('час початку', 'час завершення'))
    return { shape: 'microsoft-forms', headerRows: 1 };
  if (['timestamp', 'позначка часу', 'отметка времени'].map(headerKey).includes(headerKey(first[0] ?? '')))
    return { shape: 'google-forms', headerRows: 1 };
  const lower = raw.map((h) => h.toLowerCase());
  if ([...ids].filter((id) => lower.includes(id)).length >= Math.min(3, ids.size))
    return { shape: 'contract', headerRows: 1 };
  return { shape: 'generic', headerRows: 1 };
}
