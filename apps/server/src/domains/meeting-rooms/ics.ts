/**
 * A small iCalendar (RFC 5545) writer for published, read-only feeds: CRLF line ends, lines folded
 * at 75 octets, TEXT escaped, times in UTC. Published with METHOD:PUBLISH, which (RFC 5546 §3.2.1)
 * requires an ORGANIZER and forbids ATTENDEE properties: attendees go into the description.
 */

export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcsPerson {
  name: string;
  /** an e-mail address when one is known */
  email: string | null;
}

export interface IcsEvent {
  /** stable per occurrence: a client replaces the event with the same UID on refresh */
  uid: string;
  /** increases whenever the event changes */
  sequence: number;
  start: Date;
  end: Date;
  status: IcsStatus;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  organizer: IcsPerson;
  created?: Date | undefined;
  lastModified?: Date | undefined;
}

export interface IcsCalendar {
  name: string;
  /** the deployment zone, a display hint for clients (times themselves are UTC) */
  timeZone: string;
  /** when this object was created: DTSTAMP of every event (RFC 5545 §3.8.7.2 with METHOD) */
  stamp: Date;
  /** how often subscribers should refetch */
  refreshMinutes: number;
  events: IcsEvent[];
}

export const PRODID = '-//Houqin//Meeting rooms//ZH';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 2026-03-02T01:00:00.000Z → 20260302T010000Z */
export function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

// TEXT allows no control characters but HTAB; line breaks are written as \n
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as \n; colons stay. */
export function escapeText(text: string): string {
  return text
    .replace(controlChars, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value, always quoted. DQUOTE cannot appear inside one: RFC 6868 writes it (and line
 * breaks and the caret itself) with ^ escapes.
 */
export function paramValue(value: string): string {
  const encoded = value
    .replace(controlChars, '')
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${encoded}"`;
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (the leading space of a
 * continuation counts). It cuts between code points only, so a UTF-8 sequence is never split.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const mailbox = /^[^\s@"<>\\,;:()[\]]+@[^\s@"<>\\,;:()[\]]+$/;

/**
 * ORGANIZER's value must be a URI (RFC 5545 §3.3.3), so a name alone is not enough: without a
 * usable address the value is `invalid:nomail`, which is what Outlook itself writes in that case
 * (MS-OXCICAL 2.1.3.1.1.20.16).
 */
function calAddress(person: IcsPerson): string {
  const email = person.email?.trim();
  return email && mailbox.test(email) ? `mailto:${email}` : 'invalid:nomail';
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SEQUENCE:${Math.max(0, Math.floor(event.sequence))}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:${calAddress(event.organizer)}`);
  // a cancelled occurrence no longer makes anyone busy
  lines.push(`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  if (event.created) lines.push(`CREATED:${utcDateTime(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar object as text: UTF-8, CRLF after every line (the last one too). */
export function writeCalendar(calendar: IcsCalendar): string {
  const refresh = `PT${Math.max(1, Math.floor(calendar.refreshMinutes))}M`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${calendar.timeZone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
