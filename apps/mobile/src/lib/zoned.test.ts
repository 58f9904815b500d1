import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  isDate,
  isoWeekday,
  isTime,
  minutesIntoDay,
  minutesToTime,
  roundUpMinutes,
  shanghaiDate,
  shanghaiIso,
  shanghaiTime,
  timeToMinutes,
  weekOf,
} from './zoned';

describe('Shanghai wall-clock time, whatever the process zone (tests run in St John’s)', () => {
  it('reads the date and time in Shanghai from an instant', () => {
    // 2026-11-26T17:30Z is already Friday 01:30 in Shanghai
    expect(shanghaiDate('2026-11-26T17:30:00Z')).toBe('2026-11-27');
    expect(shanghaiTime('2026-11-26T17:30:00Z')).toBe('01:30');
    expect(shanghaiDate(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
    expect(shanghaiTime('2026-11-27T14:05:00+08:00')).toBe('14:05');
  });

  it('builds ISO 8601 with +08:00, 24:00 being the next midnight', () => {
    expect(shanghaiIso('2026-11-27', '09:30')).toBe('2026-11-27T09:30:00+08:00');
    expect(shanghaiIso('2026-12-31', '24:00')).toBe('2027-01-01T00:00:00+08:00');
    expect(Date.parse(shanghaiIso('2026-11-27', '08:00'))).toBe(Date.parse('2026-11-27T00:00:00Z'));
  });

  it('measures minutes into a Shanghai day', () => {
    expect(minutesIntoDay('2026-11-27T14:30:00+08:00', '2026-11-27')).toBe(870);
    expect(minutesIntoDay('2026-11-27T06:30:00Z', '2026-11-27')).toBe(870);
    expect(minutesIntoDay('2026-11-26T23:00:00+08:00', '2026-11-27')).toBe(-60);
    expect(minutesIntoDay('2026-11-28T01:00:00+08:00', '2026-11-27')).toBe(1500);
  });

  it('does civil-date arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isoWeekday('2026-11-27')).toBe(5);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(weekOf('2026-11-29')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(daysInMonth('2028-02-10')).toBe(29);
    expect(daysInMonth('2026-11-01')).toBe(30);
  });

  it('converts times of day and checks input', () => {
    expect(timeToMinutes('08:05')).toBe(485);
    expect(timeToMinutes('24:00')).toBe(1440);
    expect(minutesToTime(485)).toBe('08:05');
    expect(roundUpMinutes(481, 30)).toBe(510);
    expect(roundUpMinutes(480, 30)).toBe(480);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('9:00')).toBe(false);
  });
});
