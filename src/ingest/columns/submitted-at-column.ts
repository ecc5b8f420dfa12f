// Which column holds when a submission was made: the one a survey tool writes it in, so that a
// community that submitted twice keeps its latest answers (records/duplicates.ts reads its cells).
import { headerKey } from './header-key.ts';

/**
 * Headers of the submission-time column, best first: the time the form was sent, else the
 * time it was last changed. Sources: Google Forms (Timestamp / Позначка часу), Microsoft
 * Forms (Completion time), KoboToolbox (_submission_time, end), ODK Central (SubmissionDate),
 * LimeSurvey (submitdate / Date submitted), Qualtrics (RecordedDate, EndDate), SurveyMonkey
 * (End Date).
 */
const SUBMITTED_AT = [
  'Timestamp',
  'Позначка часу',
  'Отметка времени',
  'Completion time',
  'Час завершення',
  '_submission_time',
  'SubmissionDate',
  'submitdate',
  'Date submitted',
  'Дата відправлення',
  'RecordedDate',
  'Recorded Date',
  'EndDate',
  'End Date',
  'end',
  'Last modified time',
  'Час останньої зміни',
].map(headerKey);

/** Index of the submission-time column among `headers`, or -1 when the export has none. */
export function submittedAtColumn(headers: readonly string[]): number {
  let best = -1;
  let rank = SUBMITTED_AT.length;
  headers.forEach((h, i) => {
    const r = SUBMITTED_AT.indexOf(headerKey(h));
    if (r >= 0 && r < rank) [best, rank] = [i, r];
  });
  return best;
}

/** LimeSurvey's submission-time headers (code and text exports, English and Ukrainian). */
const UNSENT_WHEN_EMPTY = ['submitdate', 'Date submitted', 'Дата відправлення'].map(headerKey);

/**
 * Whether an empty cell under this submission-time header means a response never sent to the
 * end: LimeSurvey leaves `submitdate` empty for an incomplete response. Other tools fill their
 * time column themselves, so an empty cell there was left or cleared by hand.
 */
export function emptyMeansUnsent(header: string): boolean {
  return UNSENT_WHEN_EMPTY.includes(headerKey(header));
}
