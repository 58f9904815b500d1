import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { addDays, beijingToday, formatSlot, minutesFromDayStart, wallClock, wallClockIso } from './time';

describe('meeting times in Beijing, whatever the process zone', () => {
  it('reads an instant as Beijing wall-clock time', () => {
    expect(wallClock('2026-11-27T06:30:00Z')).toMatchObject({
      date: '2026-11-27',
      time: '14:30',
      weekday: 5,
    });
    expect(wallClock('2026-11-29T16:10:00Z')).toMatchObject({
      date: '2026-11-30',
      time: '00:10',
      weekday: 1,
    });
  });

  it('turns a picked wall-clock time into an instant with the +08:00 offset', () => {
    expect(wallClockIso(dayjs('2026-11-27T14:05'))).toBe('2026-11-27T14:05:00+08:00');
  });

  it('knows the Beijing date and counts days across months', () => {
    expect(beijingToday(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(addDays('2026-11-27', -30)).toBe('2026-10-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('measures minutes from the start of a Beijing day', () => {
    expect(minutesFromDayStart('2026-11-27T01:00:00Z', '2026-11-27')).toBe(540);
    expect(minutesFromDayStart('2026-11-26T15:00:00Z', '2026-11-27')).toBe(-60);
  });

  it('writes a slot the way people read it', () => {
    expect(formatSlot('2026-11-27T06:00:00Z', '2026-11-27T07:30:00Z', 'zh-CN')).toBe(
      '2026年11月27日 周五 14:00–15:30',
    );
    expect(formatSlot('2026-11-27T06:00:00Z', '2026-11-27T07:30:00Z', 'en')).toBe(
      'Fri 27 Nov 2026 14:00–15:30',
    );
    expect(formatSlot('2026-11-27T06:00:00Z', '2026-11-28T01:00:00Z', 'zh-CN')).toBe(
      '2026年11月27日 周五 14:00–2026年11月28日 周六 09:00',
    );
  });
});
