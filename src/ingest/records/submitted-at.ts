// When a submission was made, read from the column a survey tool writes it in, so that a
// community that submitted twice keeps its latest answers (see duplicates.ts).

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const DAY_FIRST_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Google Forms' CSV download: `2026/03/01 10:10:00 AM EET`, `2026/03/01 3:10:00 PM GMT+2` */
const YMD_SLASH =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?(?:\s*(?:GMT|UTC)([+-]\d{1,2})(?::?(\d{2}))?|\s+([A-Z]{2,5}))?$/i;
/**
 * Zone abbreviations a survey tool writes after a time, in minutes east of UTC: Ukraine's
 * winter and summer time (EET, EEST) first — a survey running over the last Sunday of March
 * has both in one column — and the other unambiguous ones met in exports. An abbreviation
 * not listed (CST: China or Central US?) is left as written.
 */
const ZONE_MINUTES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  PST: -480,
  PDT: -420,
};
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;
/** a spreadsheet's date serial: days since 1899-12-30 with the time as a fraction (`45717.4375`) */
const SERIAL = /^(\d{5})(?:[.,](\d+))?$/;
/** serials of 1970-01-01 and 2100-01-01: a five-digit number outside them is no submission date */
const SERIAL_RANGE = [25569, 73051] as const;
const DAY_MS = 86_400_000;

/**
 * A submission time as milliseconds on one comparable scale, or null when the cell is
 * not a date. Read: ISO 8601 (`2020-03-12T10:14:05.000+02:00`, `2020-03-12 10:14:05`),
 * Google Forms' `2026/03/01 3:10:00 PM EET`, day-first with dots (`12.03.2020 10:14:05`, Ukrainian locales) and slashes (`3/12/2020
 * 3:47:12 PM`, month first unless `dayFirst` — see slashOrder), and a spreadsheet's date serial
 * (`45717.4375` = 2025-03-01 10:30, to the second). An offset or a known zone name (EET, EEST)
 * turns a time into UTC; times without one are compared as written: every row of one export
 * comes from the same tool and zone.
 */
export function parseSubmittedAt(text: string, dayFirst = false): number | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    const local = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms(m[7]));
    return Number.isNaN(local) ? null : local - offsetMs(m[8]);
  }
  m = YMD_SLASH.exec(s);
  if (m) {
    const t = utc(+m[1]!, +m[2]!, +m[3]!, hour12(m[4]!, m[7]), m[5], m[6]);
    // A GMT offset or a known zone name (EET, EEST) is applied; an unknown name is left as written.
    const minutes = m[8]
      ? +m[8] * 60 + Math.sign(+m[8] || 1) * +(m[9] ?? 0)
      : (ZONE_MINUTES[m[10]?.toUpperCase() ?? ''] ?? 0);
    const offset = minutes * 60_000;
    return t === null ? null : t - offset;
  }
  m = DAY_FIRST_DOT.exec(s);
  if (m) return utc(+m[3]!, +m[2]!, +m[1]!, m[4], m[5], m[6]);
  m = SLASH.exec(s);
  if (m) {
    const hour = m[4] === undefined ? undefined : hour12(m[4], m[7]);
    return dayFirst ? utc(+m[3]!, +m[2]!, +m[1]!, hour, m[5], m[6]) : utc(+m[3]!, +m[1]!, +m[2]!, hour, m[5], m[6]);
  }
  m = SERIAL.exec(s);
  if (m) {
    // Excel and LibreOffice (1900 date system, as both write by default); a column kept as
    // "General" format shows the serial instead of the date.
    const days = +`${m[1]}.${m[2] ?? 0}`;
    if (days < SERIAL_RANGE[0] || days > SERIAL_RANGE[1]) return null;
    return Math.round(((days - SERIAL_RANGE[0]) * DAY_MS) / 1000) * 1000;
  }
  return null;
}

/**
 * How a column's slashed dates read: day-first when one has a first number above 12,
 * month-first when one has a second number above 12, `unknown` when they all could be read
 * either way (04/03/2020) or when the column has both kinds, `none` when there are no slashed dates.
 */
export function slashOrder(texts: Iterable<string>): 'day-first' | 'month-first' | 'unknown' | 'none' {
  let seen = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const t of texts) {
    const m = SLASH.exec(t.trim());
    if (!m) continue;
    seen = true;
    if (+m[1]! > 12) dayFirst = true;
    if (+m[2]! > 12) monthFirst = true;
  }
  // Both (25/03 and 03/26 in one column): the column contradicts itself, so nothing is known.
  if (dayFirst !== monthFirst) return dayFirst ? 'day-first' : 'month-first';
  return seen ? 'unknown' : 'none';
}

/** `3` + `PM` → `15`; `12` + `AM` → `0`; without AM/PM the hour as written */
function hour12(hour: string, half: string | undefined): string {
  if (!half) return hour;
  return String((+hour % 12) + (half.toUpperCase() === 'PM' ? 12 : 0));
}

function utc(y: number, mo: number, d: number, h?: string, mi?: string, s?: string): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, mo - 1, d, +(h ?? 0), +(mi ?? 0), +(s ?? 0));
}

function ms(fraction: string | undefined): number {
  return fraction ? Math.round(+`0.${fraction}` * 1000) : 0;
}

function offsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000;
}
