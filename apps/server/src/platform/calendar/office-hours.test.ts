import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { parseOfficeHours } from './office-hours';

describe('OFFICE_HOURS', () => {
  it('parses windows into minutes after midnight', () => {
    expect(parseOfficeHours('08:30-12:00,13:30-17:30')).toEqual({
      windows: [
        { start: 510, end: 720 },
        { start: 810, end: 1050 },
      ],
    });
    expect(parseOfficeHours(' 00:00-24:00 ')).toEqual({ windows: [{ start: 0, end: 1440 }] });
  });

  it('names what is wrong', () => {
    expect(parseOfficeHours('8:30-12:00')).toEqual({ error: expect.stringContaining('is not HH:MM-HH:MM') });
    expect(parseOfficeHours('12:00-08:30')).toEqual({
      error: expect.stringContaining('must end after it starts'),
    });
    expect(parseOfficeHours('08:30-12:00,11:00-17:00')).toEqual({
      error: expect.stringContaining('overlaps'),
    });
    expect(parseOfficeHours('23:00-24:30')).toEqual({ error: expect.stringContaining('by 24:00') });
  });

  it('stops the start with a message naming the variable', () => {
    expect(() => loadConfig({ OFFICE_HOURS: '9-17' })).toThrow(/OFFICE_HOURS: "9-17" is not HH:MM-HH:MM/);
    expect(() => loadConfig({ CALENDAR_CACHE_SECONDS: '-1' })).toThrow(/CALENDAR_CACHE_SECONDS/);
    expect(loadConfig({ OFFICE_HOURS: '09:00-17:00' }).officeHours).toEqual([{ start: 540, end: 1020 }]);
  });
});
