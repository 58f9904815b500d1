import { describe, expect, it } from 'vitest';
import {
  buildRrule,
  isLastWeekdayOfMonth,
  noRecurrence,
  parseRrule,
  type Recurrence,
  untilOf,
  weekOfMonth,
} from './rrule';

const rule = (patch: Partial<Recurrence>, start = '2026-11-27') =>
  buildRrule({ ...noRecurrence, ...patch }, start);

describe('buildRrule', () => {
  it('is null for a single meeting', () => {
    expect(rule({ frequency: 'none' })).toBeNull();
  });

  it('builds daily rules with an interval and a count', () => {
    expect(rule({ frequency: 'daily', count: 5 })).toBe('FREQ=DAILY;COUNT=5');
    expect(rule({ frequency: 'daily', interval: 2, count: 3 })).toBe('FREQ=DAILY;INTERVAL=2;COUNT=3');
  });

  it('lists weekly days in week order, defaulting to the first meeting’s weekday', () => {
    expect(rule({ frequency: 'weekly', weekdays: ['WE', 'MO'], count: 10 })).toBe(
      'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10',
    );
    // 2026-11-27 is a Friday
    expect(rule({ frequency: 'weekly', count: 4 })).toBe('FREQ=WEEKLY;BYDAY=FR;COUNT=4');
    expect(rule({ frequency: 'weekly', interval: 2, weekdays: ['TU'], count: 6 })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6',
    );
  });

  it('builds monthly rules by day of month, n-th weekday or last weekday', () => {
    expect(rule({ frequency: 'monthly', monthlyMode: 'month_day', count: 12 }, '2026-11-15')).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12',
    );
    // 2026-11-10 is the second Tuesday of November
    expect(rule({ frequency: 'monthly', monthlyMode: 'nth_weekday', count: 6 }, '2026-11-10')).toBe(
      'FREQ=MONTHLY;BYDAY=2TU;COUNT=6',
    );
    expect(
      rule(
        { frequency: 'monthly', monthlyMode: 'last_weekday', end: 'until', until: '2027-01-01' },
        '2026-11-27',
      ),
    ).toBe('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270101T155959Z');
  });

  it('ends UNTIL at the end of the chosen date in Shanghai, written in UTC', () => {
    expect(untilOf('2026-12-31')).toBe('20261231T155959Z');
    expect(rule({ frequency: 'weekly', weekdays: ['MO'], end: 'until', until: '2027-03-01' })).toBe(
      'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270301T155959Z',
    );
  });

  it('knows which week of the month a date is in and whether it is the last such weekday', () => {
    expect(weekOfMonth('2026-11-01')).toBe(1);
    expect(weekOfMonth('2026-11-08')).toBe(2);
    expect(weekOfMonth('2026-11-29')).toBe(5);
    expect(isLastWeekdayOfMonth('2026-11-27')).toBe(true);
    expect(isLastWeekdayOfMonth('2026-11-20')).toBe(false);
    expect(isLastWeekdayOfMonth('2028-02-23')).toBe(true);
  });
});

describe('parseRrule', () => {
  it('reads back what buildRrule writes', () => {
    expect(parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10')).toEqual({
      frequency: 'weekly',
      interval: 2,
      byDay: [
        { ordinal: null, day: 'MO' },
        { ordinal: null, day: 'WE' },
      ],
      byMonthDay: null,
      count: 10,
      until: null,
    });
    expect(parseRrule('RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270101T155959Z')).toMatchObject({
      frequency: 'monthly',
      byDay: [{ ordinal: -1, day: 'FR' }],
      until: '2027-01-01',
    });
    expect(parseRrule('FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270101')).toMatchObject({
      byMonthDay: 15,
      until: '2027-01-01',
    });
  });

  it('gives up on what it cannot show', () => {
    expect(parseRrule('FREQ=HOURLY;COUNT=3')).toBeNull();
    expect(parseRrule('FREQ=WEEKLY;BYDAY=XX')).toBeNull();
    expect(parseRrule('nonsense')).toBeNull();
  });
});
