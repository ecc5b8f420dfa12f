// Columns that survey tools add around the answers: the person who filled the form in
// (never read: personal data) and the tool's own bookkeeping (never needed). Keys are
// headerKey() forms.
import { headerKey } from './header-key.ts';

const PERSONAL = [
  'Email Address',
  'Електронна адреса',
  'Адреса електронної пошти',
  'Email',
  'E-mail',
  'Ел. пошта',
  'Електронна пошта',
  'Name',
  "Ім'я",
  'Прізвище',
  'ПІБ',
  "Прізвище, ім'я",
  'First Name',
  'Last Name',
  'IP Address',
  'ipaddr',
  'IP-адреса',
  'phonenumber',
  'Телефон',
  'Phone',
  'username',
  '_submitted_by',
  'Custom Data 1',
  'Custom Data 2',
  'Custom Data 3',
  'token',
  'firstname',
  'lastname',
  'email',
  'Контактна особа',
  // Qualtrics: the respondent's IP address, its IP-based location (not the community's) and the panel contact
  'IPAddress',
  'LocationLatitude',
  'LocationLongitude',
  'RecipientEmail',
  'RecipientFirstName',
  'RecipientLastName',
  // ODK Central: who submitted
  'SubmitterName',
  'SubmitterID',
];
const META = [
  'Timestamp',
  'Позначка часу',
  'Отметка времени',
  'Start time',
  'Completion time',
  'Last modified time',
  'Час початку',
  'Час завершення',
  'Час останньої зміни',
  'Start Date',
  'End Date',
  'Collector ID',
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'audit',
  '_submission_time',
  '_index',
  '_parent_index',
  '_status',
  '_validation_status',
  '_notes',
  '_tags',
  '_version_',
  '__version__',
  'meta/instanceID',
  'instanceID',
  'formhub/uuid',
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'refurl',
  'Date submitted',
  'Last page',
  'Start language',
  'Date started',
  'Date last action',
  'Дата відправлення',
  'Остання сторінка',
  'Мова',
  '_attachments',
  '_geolocation',
  // Qualtrics
  'StartDate',
  'EndDate',
  'Status',
  'Progress',
  'Duration (in seconds)',
  'Finished',
  'RecordedDate',
  'ExternalReference',
  'DistributionChannel',
  'UserLanguage',
  // ODK Central
  'SubmissionDate',
  'AttachmentsPresent',
  'AttachmentsExpected',
  'ReviewState',
  'DeviceID',
  'Edits',
  'FormVersion',
  'meta-instanceID',
];
/** the tool's respondent id, best first; used when the export has no column of ours */
const TOOL_IDS = ['Respondent ID', 'Response ID', 'ResponseId', 'ID відповіді', 'ID', 'id', '_uuid', '_id', 'KEY'];

const personal = new Set(PERSONAL.map(headerKey));
const meta = new Set(META.map(headerKey));
const toolIds = TOOL_IDS.map(headerKey);

/** 'personal' for data about the person filling the form in, 'meta' for tool bookkeeping, else null. */
export function toolColumn(header: string): 'personal' | 'meta' | null {
  const key = headerKey(header);
  if (personal.has(key)) return 'personal';
  // Kobo's `_location_altitude`, ODK Central's `location-Altitude` / `-Accuracy`: not asked for.
  if (meta.has(key) || /^_.*_(altitude|precision)$|^[\w.-]+-(altitude|accuracy)$/i.test(header.trim())) return 'meta';
  return null;
}

/** Rank of a header among the tools' respondent-id columns (0 = best), or -1. */
export function toolIdRank(header: string): number {
  return toolIds.indexOf(headerKey(header));
}
