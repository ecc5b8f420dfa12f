// One comparison key for column headers, so that the way a survey tool words, numbers
// and punctuates a question does not matter: «3. Назва громади:» = "назва громади".
import { textKey } from '../../text/text-key.ts';

const QUOTES = /[«»“”„"‟❝❞]/g;
/** "3. ", "3) ", "Q3. ", "3 - " at the start */
const LEADING_NUMBER = /^\s*(?:[qвп]?\d+(?:\.\d+)*[.)]?\s*[-–—:]?\s+)/i;
/** "?", ":", "*" (required marks) and spaces at the end */
const TRAILING_MARKS = /[\s?:*]+$/;

/** The comparison key of a header (no group path handling: see lastSegment). */
export function headerKey(raw: string): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(QUOTES, '')
    .trim();
  return textKey(text.replace(LEADING_NUMBER, '').replace(TRAILING_MARKS, ''));
}

/** `grp_general/oblast` → `oblast`: KoboToolbox prefixes fields with their group path. */
export function pathSegments(raw: string): string[] {
  const text = raw.trim();
  // ODK Central joins the group path with "-" (`grp_general-oblast`, `location-Latitude`),
  // and a select_multiple's split columns add "/choice" to that (`grp_smart-priority_areas/tourism`):
  // the path before the last "/" is split at "-" too; the choice name is kept whole.
  const parts = text.split('/');
  const last = parts.pop()!;
  const odk = (s: string) => (ODK_PATH.test(s) ? s.split('-') : [s]);
  const segments = parts.length === 0 ? odk(last) : [...parts.flatMap(odk), last];
  return segments.filter((s) => s.length > 0);
}

/** an ODK Central column: XML names (no spaces) joined by "-" */
const ODK_PATH = /^[A-Za-z_][\w.]*(?:-[A-Za-z_][\w.]*)+$/;
