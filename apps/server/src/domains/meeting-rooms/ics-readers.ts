// Two independent readers of an iCalendar feed, for tests: ical.js and Python's icalendar
// (Debian python3-icalendar). Each gives the calendar's name, METHOD and events in one shape.
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';

export interface FeedEvent {
  uid: string;
  summary: string;
  dtstart: string;
  dtend: string;
  status: string;
  sequence: number;
  organizer: string;
  organizerName: string;
  description: string | null;
}

/** Python's icalendar (Debian python3-icalendar), an independent reader: the events as JSON. */
const PYTHON_READER = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for ev in cal.walk('VEVENT'):
    org = ev.get('organizer')
    events.append({
        'uid': str(ev.get('uid')),
        'summary': str(ev.get('summary')),
        'dtstart': ev.decoded('dtstart').isoformat(),
        'dtend': ev.decoded('dtend').isoformat(),
        'status': str(ev.get('status')),
        'sequence': int(ev.get('sequence')),
        'organizer': str(org),
        'organizerName': str(org.params.get('CN')),
        'description': str(ev.get('description')) if ev.get('description') is not None else None,
    })
print(json.dumps({'name': str(cal.get('X-WR-CALNAME')), 'method': str(cal.get('METHOD')), 'events': events}, ensure_ascii=False))
`;

export function readWithPython(ics: string): { name: string; method: string; events: FeedEvent[] } {
  const out = execFileSync('/usr/bin/python3', ['-c', PYTHON_READER], { input: Buffer.from(ics, 'utf8') });
  return JSON.parse(out.toString('utf8'));
}

/** The same with ical.js; times as Python prints them (UTC, +00:00) for comparison. */
export function readWithIcalJs(ics: string): { name: string; method: string; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const iso = (v: unknown) => (v as ICAL.Time).toJSDate().toISOString().replace('.000Z', '+00:00');
  const events = calendar.getAllSubcomponents('vevent').map((ev): FeedEvent => {
    const organizer = ev.getFirstProperty('organizer');
    const description = ev.getFirstPropertyValue('description');
    return {
      uid: String(ev.getFirstPropertyValue('uid')),
      summary: String(ev.getFirstPropertyValue('summary')),
      dtstart: iso(ev.getFirstPropertyValue('dtstart')),
      dtend: iso(ev.getFirstPropertyValue('dtend')),
      status: String(ev.getFirstPropertyValue('status')),
      sequence: Number(ev.getFirstPropertyValue('sequence')),
      organizer: String(organizer?.getFirstValue()),
      organizerName: String(organizer?.getParameter('cn')),
      description: description === null ? null : String(description),
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    method: String(calendar.getFirstPropertyValue('method')),
    events,
  };
}

export const byUid = (events: FeedEvent[]) => new Map(events.map((e) => [e.uid, e]));
