import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, type IcsCalendar, type IcsEvent, utcDateTime, writeCalendar } from './ics';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
/** True when the bytes are valid UTF-8 on their own (a split sequence would decode to U+FFFD). */
const isWholeUtf8 = (line: string) => {
  const bytes = Buffer.from(line, 'utf8');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes) === line;
};

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    const exact = `SUMMARY:${'a'.repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const longer = `${exact}b`;
    expect(foldLine(longer)).toBe(`${exact}\r\n b`);
  });

  it('folds Chinese text at 75 octets without splitting a character, and unfolds to the original', () => {
    const title =
      '区机关事务管理中心关于二〇二六年第一季度会议室使用情况及会务保障工作的专题协调会议；请各单位准时参加，并提前十分钟签到';
    const line = `SUMMARY:${escapeText(title)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(isWholeUtf8(part)).toBe(true);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    // 8 ASCII octets, then 3-octet characters: the first line stops at the last whole character
    expect(octets(physical[0] ?? '')).toBe(8 + 3 * 22);
    expect(unfold(folded)).toBe(line);
  });

  it('keeps four-octet characters (emoji, CJK extension B) whole', () => {
    const line = `DESCRIPTION:${'会议🎉𠀀'.repeat(20)}`;
    const physical = foldLine(line).split('\r\n');
    for (const part of physical) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(isWholeUtf8(part)).toBe(true);
    }
    expect(unfold(foldLine(line))).toBe(line);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and leaves colons', () => {
    expect(escapeText('a\\b;c,d:e')).toBe('a\\\\b\\;c\\,d:e');
    expect(escapeText('一行\n二行\r\n三行\r四行')).toBe('一行\\n二行\\n三行\\n四行');
  });

  it('drops control characters TEXT does not allow, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });
});

describe('writeCalendar', () => {
  const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
    uid: 'b0c6f1c2-0000-4000-8000-000000000001@houqin',
    sequence: 0,
    start: new Date('2026-03-03T01:00:00Z'),
    end: new Date('2026-03-03T02:30:00Z'),
    status: 'CONFIRMED',
    summary: '周例会; 预算, 决算\\复核',
    location: 'A座 3F 第一会议室',
    description: '参会人：张三，李四\n备注：请带电脑',
    organizer: { name: '张三', email: null },
    ...overrides,
  });
  const calendar = (events: IcsEvent[]): IcsCalendar => ({
    name: '我的会议室预订',
    timeZone: 'Asia/Shanghai',
    stamp: new Date('2026-03-02T01:00:00.456Z'),
    refreshMinutes: 15,
    events,
  });

  it('ends every line with CRLF, no bare CR or LF, every line within 75 octets', () => {
    const text = writeCalendar(calendar([event({ summary: '很长的标题'.repeat(30) })]));
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes the calendar and event properties RFC 5545 requires, times in UTC', () => {
    const lines = unfold(writeCalendar(calendar([event()]))).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Houqin//Meeting rooms//ZH',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain('X-WR-CALNAME:我的会议室预订');
    expect(lines).toContain('DTSTAMP:20260302T010000Z');
    expect(lines).toContain('DTSTART:20260303T010000Z');
    expect(lines).toContain('DTEND:20260303T023000Z');
    expect(lines).toContain('SUMMARY:周例会\\; 预算\\, 决算\\\\复核');
    expect(lines).toContain('ORGANIZER;CN="张三":invalid:nomail');
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).toEqual([]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('reads back through ical.js with the original text', () => {
    const text = writeCalendar(
      calendar([
        event(),
        event({
          uid: 'second@houqin',
          status: 'CANCELLED',
          sequence: 3,
          organizer: { name: '王"小"五^', email: 'wangwu@example.gov.cn' },
        }),
      ]),
    );
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    const [first, second] = vcalendar.getAllSubcomponents('vevent');
    expect(first?.getFirstPropertyValue('summary')).toBe('周例会; 预算, 决算\\复核');
    expect(first?.getFirstPropertyValue('description')).toBe('参会人：张三，李四\n备注：请带电脑');
    expect(first?.getFirstPropertyValue('location')).toBe('A座 3F 第一会议室');
    expect(String(first?.getFirstPropertyValue('dtstart'))).toBe('2026-03-03T01:00:00Z');
    expect(second?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(second?.getFirstPropertyValue('sequence')).toBe(3);
    const organizer = second?.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:wangwu@example.gov.cn');
    expect(organizer?.getParameter('cn')).toBe('王"小"五^');
  });

  it('refuses to put an unusable address into mailto:', () => {
    const text = unfold(
      writeCalendar(calendar([event({ organizer: { name: 'x', email: 'a b@c; ATTENDEE:evil' } })])),
    );
    expect(text).toContain('ORGANIZER;CN="x":invalid:nomail\r\n');
  });

  it('formats instants as UTC whatever the process zone', () => {
    expect(utcDateTime(new Date('2026-12-31T23:59:59.999+08:00'))).toBe('20261231T155959Z');
  });
});
