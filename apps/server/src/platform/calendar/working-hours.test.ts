import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import type { AppContext } from '../context';
import { addWorkingHours } from './service';

// Asia/Shanghai is UTC+8 all year; office hours 08:30–12:00 and 13:30–17:30 (7.5 h a day).
// The process runs in America/St_Johns (UTC−2:30), so any use of local Date getters shows.
describe('addWorkingHours', () => {
  let t: TestApp;
  const add = (start: string, hours: number, ctx?: AppContext) =>
    addWorkingHours(ctx ?? t.ctx, new Date(start), hours).then((d) => d.toISOString());

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('uses the default office hours', () => {
    expect(t.ctx.config.officeHours).toEqual([
      { start: 8 * 60 + 30, end: 12 * 60 },
      { start: 13 * 60 + 30, end: 17 * 60 + 30 },
    ]);
  });

  it('stays inside one window', async () => {
    // Thu 2026-09-24 09:00 Shanghai + 2 h → 11:00
    expect(await add('2026-09-24T01:00:00Z', 2)).toBe('2026-09-24T03:00:00.000Z');
  });

  it('skips the lunch break', async () => {
    // Thu 11:00 + 2 h: 1 h to 12:00, then 13:30 + 1 h → 14:30 Shanghai
    expect(await add('2026-09-24T03:00:00Z', 2)).toBe('2026-09-24T06:30:00.000Z');
  });

  it('skips the evening and night', async () => {
    // Tue 2026-09-22 17:00 + 1 h: 0.5 h to 17:30, Wed 08:30 + 0.5 h → 09:00 Shanghai
    expect(await add('2026-09-22T09:00:00Z', 1)).toBe('2026-09-23T01:00:00.000Z');
  });

  it('skips a weekend', async () => {
    // Fri 2026-10-16 17:00 + 1 h → Mon 10-19 09:00 Shanghai
    expect(await add('2026-10-16T09:00:00Z', 1)).toBe('2026-10-19T01:00:00.000Z');
  });

  it('skips the National Day holiday', async () => {
    // Wed 2026-09-30 16:30 + 2 h: 1 h to 17:30, 10-01…10-07 off, Thu 10-08 08:30 + 1 h → 09:30
    expect(await add('2026-09-30T08:30:00Z', 2)).toBe('2026-10-08T01:30:00.000Z');
    // 20 h from Wed 08:30: 7.5 on 09-30, 7.5 on 10-08, then 5 on Fri 10-09 → 15:00
    expect(await add('2026-09-30T00:30:00Z', 20)).toBe('2026-10-09T07:00:00.000Z');
  });

  it('counts adjusted workdays (调休上班): Sunday 09-20 and Saturday 10-10', async () => {
    // Fri 2026-09-18 17:00 + 1 h: Saturday off, Sunday 09-20 is worked → 09:00 Sunday
    expect(await add('2026-09-18T09:00:00Z', 1)).toBe('2026-09-20T01:00:00.000Z');
    // Fri 10-09 08:30 + 8 h: the whole Friday (7.5 h), then Saturday 10-10 08:30 + 0.5 h
    expect(await add('2026-10-09T00:30:00Z', 8)).toBe('2026-10-10T01:00:00.000Z');
  });

  it('ends a deadline that uses up a window at its close, not at the next opening', async () => {
    expect(await add('2026-10-09T00:30:00Z', 7.5)).toBe('2026-10-09T09:30:00.000Z');
    expect(await add('2026-10-09T00:30:00Z', 3.5)).toBe('2026-10-09T04:00:00.000Z');
  });

  it('starts counting at the next opening when started outside office hours', async () => {
    // Mon 2026-10-12 02:00 Shanghai is Sun 10-11 15:30 in St John's: the Shanghai date decides
    expect(await add('2026-10-11T18:00:00Z', 0.5)).toBe('2026-10-12T01:00:00.000Z');
    // 0 hours: the first office moment at or after the start
    expect(await add('2026-10-12T04:00:00Z', 0)).toBe('2026-10-12T05:30:00.000Z');
    expect(await add('2026-10-12T02:00:00Z', 0)).toBe('2026-10-12T02:00:00.000Z');
  });

  it('handles minutes and fractions exactly', async () => {
    // 90 minutes from Fri 10-16 11:15 → 45 min to 12:00, then 13:30 + 45 min = 14:15
    expect(await add('2026-10-16T03:15:00Z', 1.5)).toBe('2026-10-16T06:15:00.000Z');
  });

  it('follows the configured zone and office hours, across a DST change', async () => {
    const berlin: AppContext = {
      ...t.ctx,
      config: { ...t.ctx.config, timeZone: 'Europe/Berlin', officeHours: [{ start: 9 * 60, end: 17 * 60 }] },
    };
    // Fri 2026-10-23 16:00 CEST (14:00Z) + 2 h: 1 h to 17:00, Mon 10-26 09:00 CET (08:00Z) + 1 h
    expect(await add('2026-10-23T14:00:00Z', 2, berlin)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('refuses negative or non-finite hours', async () => {
    await expect(add('2026-10-12T02:00:00Z', -1)).rejects.toThrow(RangeError);
    await expect(add('2026-10-12T02:00:00Z', Number.NaN)).rejects.toThrow(RangeError);
  });
});
