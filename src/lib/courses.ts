/**
 * Rules for course listings: which sessions are still to come (past ones drop out at build
 * time, and the nightly rebuild keeps that true), whether a course is still listed, and the
 * calendar file for a session.
 */
import type { Course } from '../schemas/course.ts';

export type Session = NonNullable<Course['sessions']>[number];

/** Sessions on or after today, in date order. */
export function upcomingSessions(course: Pick<Course, 'sessions'>, today: string): Session[] {
  return [...(course.sessions ?? [])].filter((s) => s.date >= today).sort((a, b) => a.date.localeCompare(b.date) || a.starts.localeCompare(b.starts));
}

/** A course is listed while it is ongoing or has a session still to come. */
export function isCourseListed(course: Pick<Course, 'sessions' | 'ongoing'>, today: string): boolean {
  return course.ongoing === true || upcomingSessions(course, today).length > 0;
}

/** The areas a course is in: its venue's area, or "online" for online courses. */
export function courseAreas(course: Pick<Course, 'location' | 'format'>): string[] {
  return [...(course.location ? [course.location.area] : []), ...(course.format !== 'in-person' ? ['online'] : [])];
}

/** A file name for a session's calendar file: 2027-01-12-1000.ics */
export function sessionFileName(session: Session): string {
  return `${session.date}-${session.starts.replace(':', '')}.ics`;
}

/**
 * Escapes TEXT as RFC 5545 asks: backslash, comma and semicolon get a backslash; every kind of line
 * break (CRLF, a bare CR or LF, Unicode line separators) becomes the two characters \n; other
 * control characters are dropped. (The schemas refuse them anyway: this keeps the file whole even so.)
 */
const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/([,;])/g, '\\$1');

/** A value that is not TEXT (a UID or URL) with any line break or control character removed. */
const oneLine = (value: string) => value.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, '');

/** Folds a content line to 75 octets, as the iCalendar standard asks. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (new TextEncoder().encode(current + char).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * An iCalendar (.ics) file for one session, in UK time. `stamp` is fixed (the course's
 * last-checked date) so the same content always gives the same file.
 */
export function sessionCalendar(options: {
  course: Pick<Course, 'title' | 'summary' | 'location' | 'joinLink' | 'lastChecked'>;
  session: Session;
  url: string;
  uid: string;
  organiser: string;
}): string {
  const { course, session, url, uid } = options;
  const local = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
  const where = course.location ? [course.location.name, ...course.location.address, course.location.town, course.location.postcode].join(', ') : (course.joinLink ?? 'Online');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(options.organiser)}//Digital inclusion knowledge store//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...LONDON,
    'BEGIN:VEVENT',
    `UID:${oneLine(uid)}`,
    `DTSTAMP:${course.lastChecked.replace(/-/g, '')}T000000Z`,
    `DTSTART;TZID=Europe/London:${local(session.date, session.starts)}`,
    `DTEND;TZID=Europe/London:${local(session.date, session.ends)}`,
    `SUMMARY:${escapeText(course.title)}`,
    `DESCRIPTION:${escapeText(`${course.summary}${session.note ? ` ${session.note}.` : ''} More: ${url}`)}`,
    `LOCATION:${escapeText(where)}`,
    `URL:${oneLine(url)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
