import { describe, expect, it } from 'vitest';
import { addDays, dateIn, datesBetween, daysBetween, parseDate, weekdayOf, zonedInstant } from './zoned-time';

// The process runs in America/St_Johns: none of this may depend on it.
describe('calendar dates and zoned times', () => {
  it('does civil date arithmetic without the process zone', () => {
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2027-01-01')).toBe(5);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2027-02-04')).toBe(399);
    expect(datesBetween('2026-10-30', '2026-11-02')).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(datesBetween('2026-11-02', '2026-11-01')).toEqual([]);
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '20261005', '']) {
      expect(() => parseDate(bad), bad).toThrow(RangeError);
    }
    expect(parseDate('0050-06-01')).toEqual({ year: 50, month: 6, day: 1 });
  });

  it('gives the date in a zone at an instant', () => {
    expect(dateIn(new Date('2026-09-30T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-09-30');
    expect(dateIn(new Date('2026-09-30T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-10-01');
    expect(dateIn(new Date('2026-10-01T02:00:00Z'), 'America/St_Johns')).toBe('2026-09-30');
  });

  it('turns wall time in a zone into the instant', () => {
    expect(zonedInstant('2026-10-08', 8 * 60 + 30, 'Asia/Shanghai').toISOString()).toBe(
      '2026-10-08T00:30:00.000Z',
    );
    expect(zonedInstant('2026-10-08', 24 * 60, 'Asia/Shanghai').toISOString()).toBe(
      '2026-10-08T16:00:00.000Z',
    );
    expect(zonedInstant('2026-07-01', 9 * 60, 'America/St_Johns').toISOString()).toBe(
      '2026-07-01T11:30:00.000Z',
    );
    // DST: Berlin moves from +2 to +1 on 2026-10-25 and from +1 to +2 on 2026-03-29
    expect(zonedInstant('2026-10-24', 9 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-24T07:00:00.000Z',
    );
    expect(zonedInstant('2026-10-26', 9 * 60, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    // 02:30 happens twice on 10-25 (the first, +2, is taken) and never on 03-29 (→ 03:30 CEST)
    expect(zonedInstant('2026-10-25', 150, 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', 150, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});
