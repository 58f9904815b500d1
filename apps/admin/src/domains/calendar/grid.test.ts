import { describe, expect, it } from 'vitest';
import { currentYear, dayKind, isEdited, monthWeeks, parseYear, weekdayOf, yearSummary } from './grid';

describe('calendar grid', () => {
  it('knows the weekday of a date in any machine zone', () => {
    expect(weekdayOf('2026-10-01')).toBe(4); // Thursday
    expect(weekdayOf('2026-11-29')).toBe(7); // Sunday
    expect(weekdayOf('2027-02-01')).toBe(1);
  });

  it('lays a month out Monday first, padded to whole weeks', () => {
    const weeks = monthWeeks(2026, 2); // 1 Feb 2026 is a Sunday
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.at(-1)?.filter(Boolean).at(-1)).toBe('2026-02-28');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(monthWeeks(2024, 2).flat().filter(Boolean)).toHaveLength(29);
  });

  it('tells workdays, weekends, days off and adjusted workdays apart', () => {
    expect(dayKind({ date: '2026-10-01', workday: false, name: '国庆节' })).toBe('holiday');
    expect(dayKind({ date: '2026-10-03', workday: false, name: '国庆节' })).toBe('holiday'); // a Saturday in the break
    expect(dayKind({ date: '2026-10-10', workday: false, name: null })).toBe('weekend');
    expect(dayKind({ date: '2026-09-27', workday: true, name: '国庆节' })).toBe('adjusted'); // a Sunday at work
    expect(dayKind({ date: '2026-10-12', workday: true, name: null })).toBe('workday');
    expect(dayKind({ date: '2026-10-13', workday: false, name: null })).toBe('holiday'); // a weekday off
  });

  it('counts the year and spots hand-made days', () => {
    const day = (date: string, workday: boolean, name: string | null = null) => ({
      date,
      workday,
      name,
      source: 'default' as const,
      official: null,
      updatedAt: null,
      updatedByName: null,
    });
    expect(
      yearSummary([
        day('2026-10-01', false, '国庆节'),
        day('2026-09-27', true, '国庆节'),
        day('2026-10-12', true),
      ]),
    ).toEqual({ workdays: 2, holidays: 1, adjusted: 1 });
    expect(isEdited({ source: 'local' })).toBe(true);
    expect(isEdited({ source: 'official' })).toBe(false);
  });

  it('takes the year from the address bar within range, else this year in Beijing', () => {
    expect(parseYear(new URLSearchParams('year=2027'))).toEqual({ year: 2027 });
    expect(parseYear(new URLSearchParams('year=1999'))).toEqual({ year: currentYear() });
    expect(currentYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});
