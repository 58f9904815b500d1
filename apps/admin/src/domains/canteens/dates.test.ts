import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoMonth, mondayOf, monthBounds, shiftMonth, spanDays, weekDates } from './dates';
import { parseHeadcountFilters, parseMenuFilters, parseStatementFilters, parseStatsFilters } from './filters';

// 2026-11-30 17:30 UTC is already 1 December in Beijing
const lateNovemberUtc = new Date('2026-11-30T17:30:00Z');

describe('canteen dates', () => {
  it('finds the Monday of a week whatever the machine zone', () => {
    expect(mondayOf('2026-10-01')).toBe('2026-09-28');
    expect(mondayOf('2026-10-04')).toBe('2026-09-28'); // Sunday
    expect(mondayOf('2026-10-05')).toBe('2026-10-05');
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('knows months and real dates', () => {
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoMonth('2026-13')).toBe(false);
    expect(spanDays('2026-10-01', '2026-10-01')).toBe(1);
    expect(spanDays('2026-10-01', '2026-12-01')).toBe(62);
  });
});

describe('canteen page filters', () => {
  it('defaults to this week, today and last month in Beijing', () => {
    const none = new URLSearchParams();
    expect(parseMenuFilters(none, lateNovemberUtc)).toEqual({ canteenId: undefined, week: '2026-11-30' });
    expect(parseHeadcountFilters(none, lateNovemberUtc)).toEqual({
      canteenId: undefined,
      date: '2026-12-01',
      meal: 'lunch',
    });
    expect(parseStatementFilters(none, lateNovemberUtc)).toEqual({ month: '2026-11', canteenId: undefined });
    expect(parseStatsFilters(none, lateNovemberUtc)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      canteenId: undefined,
    });
  });

  it('takes valid values from the address bar and snaps a week to its Monday', () => {
    expect(parseMenuFilters(new URLSearchParams('canteenId=c1&week=2026-10-08')).week).toBe('2026-10-05');
    expect(parseHeadcountFilters(new URLSearchParams('date=2026-10-10&meal=dinner'))).toMatchObject({
      date: '2026-10-10',
      meal: 'dinner',
    });
    expect(parseHeadcountFilters(new URLSearchParams('meal=supper')).meal).toBe('lunch');
  });

  it('refuses a statistics range the API would refuse', () => {
    const ok = parseStatsFilters(new URLSearchParams('from=2026-10-01&to=2026-12-01'));
    expect(ok).toMatchObject({ from: '2026-10-01', to: '2026-12-01' });
    const tooLong = parseStatsFilters(new URLSearchParams('from=2026-10-01&to=2026-12-02'), lateNovemberUtc);
    expect(tooLong.from).toBe('2026-11-01');
    const backwards = parseStatsFilters(
      new URLSearchParams('from=2026-10-02&to=2026-10-01'),
      lateNovemberUtc,
    );
    expect(backwards.to).toBe('2026-11-30');
  });
});
