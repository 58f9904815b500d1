import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { insertBooking, insertBuilding, insertMeetingRoom } from './test-rooms';

const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();

describe('meeting rooms: statistics', () => {
  let t: TestApp;
  let org: TestOrg;
  let logistics: LoggedIn;
  let auditor: LoggedIn;
  let staffA: LoggedIn;
  let r1 = '';
  let r2 = '';
  let r3 = '';

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-09T01:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    logistics = await loginAs(t.app, org.users.logistics.username);
    auditor = await loginAs(t.app, org.users.auditor.username);
    staffA = await loginAs(t.app, org.users.staffA.username);
    const b1 = await insertBuilding(t.ctx.db, '一号楼', 1);
    const b2 = await insertBuilding(t.ctx.db, '二号楼', 2);
    r1 = await insertMeetingRoom(t.ctx.db, b1, '甲会议室');
    r2 = await insertMeetingRoom(t.ctx.db, b1, '乙会议室', { workdaysOnly: false, openToMinute: 720 });
    r3 = await insertMeetingRoom(t.ctx.db, b2, '多功能厅', { checkInRequired: true });
    await insertMeetingRoom(t.ctx.db, b2, '停用会议室', { bookable: false });
    const a = { unitId: org.unitA, bookerId: org.users.staffA.id };
    const b = { unitId: org.unitB, bookerId: org.users.staffB.id };
    const rows = [
      { ...a, roomId: r1, startsAt: sh('2026-03-02', '09:00'), endsAt: sh('2026-03-02', '11:00') },
      {
        ...a,
        roomId: r1,
        startsAt: sh('2026-03-03', '14:30'),
        endsAt: sh('2026-03-03', '16:00'),
        endedEarlyAt: sh('2026-03-03', '15:30'),
      },
      {
        ...a,
        roomId: r1,
        status: 'cancelled' as const,
        startsAt: sh('2026-03-04', '09:00'),
        endsAt: sh('2026-03-04', '11:00'),
      },
      { ...b, roomId: r2, startsAt: sh('2026-03-07', '09:00'), endsAt: sh('2026-03-07', '10:00') },
      {
        ...b,
        roomId: r3,
        checkInRequired: true,
        checkedInAt: sh('2026-03-02', '09:05'),
        startsAt: sh('2026-03-02', '09:00'),
        endsAt: sh('2026-03-02', '10:00'),
      },
      {
        ...b,
        roomId: r3,
        checkInRequired: true,
        status: 'released' as const,
        startsAt: sh('2026-03-03', '09:00'),
        endsAt: sh('2026-03-03', '10:00'),
      },
      {
        ...a,
        roomId: r3,
        checkInRequired: true,
        status: 'released' as const,
        startsAt: sh('2026-03-04', '09:00'),
        endsAt: sh('2026-03-04', '10:00'),
      },
      {
        ...a,
        roomId: r3,
        checkInRequired: true,
        checkedInAt: sh('2026-03-05', '08:55'),
        startsAt: sh('2026-03-05', '09:00'),
        endsAt: sh('2026-03-05', '10:00'),
      },
      {
        ...b,
        roomId: r3,
        checkInRequired: true,
        checkedInAt: sh('2026-03-06', '09:00'),
        startsAt: sh('2026-03-06', '09:00'),
        endsAt: sh('2026-03-06', '10:00'),
      },
      // outside the range, and a future booking needing check-in that has not started
      { ...a, roomId: r1, startsAt: sh('2026-03-09', '09:00'), endsAt: sh('2026-03-09', '10:00') },
      {
        ...a,
        roomId: r3,
        checkInRequired: true,
        startsAt: sh('2026-03-10', '09:00'),
        endsAt: sh('2026-03-10', '10:00'),
      },
    ];
    for (const row of rows) await insertBooking(t.ctx.db, row);
  });
  afterAll(async () => t.close());

  const get = (url: string, as: LoggedIn) => t.app.inject({ method: 'GET', url, headers: as.headers });

  it('computes utilization, no-show rates, the Shanghai weekday × hour heatmap and the busiest units', async () => {
    const res = await get('/api/admin/meeting-rooms/statistics?from=2026-03-02&to=2026-03-08', logistics);
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    expect(stats.rooms).toEqual([
      { roomId: r1, name: '甲会议室', building: '一号楼', bookedHours: 3, openHours: 50, utilization: 0.06 },
      {
        roomId: r2,
        name: '乙会议室',
        building: '一号楼',
        bookedHours: 1,
        openHours: 28,
        utilization: 0.0357,
      },
      { roomId: r3, name: '多功能厅', building: '二号楼', bookedHours: 3, openHours: 50, utilization: 0.06 },
    ]);
    expect(
      stats.buildings.map(
        (b: { name: string; bookedHours: number; openHours: number; utilization: number }) => [
          b.name,
          b.bookedHours,
          b.openHours,
          b.utilization,
        ],
      ),
    ).toEqual([
      ['一号楼', 4, 78, 0.0513],
      ['二号楼', 3, 50, 0.06],
    ]);
    expect(stats.noShows).toEqual([
      { unitId: org.unitA, unitName: '区发改局', checkInBookings: 2, noShows: 1, rate: 0.5 },
      { unitId: org.unitB, unitName: '区财政局', checkInBookings: 3, noShows: 1, rate: 0.3333 },
    ]);
    expect(stats.heatmap).toEqual([
      { weekday: 1, hour: 9, hours: 2 },
      { weekday: 1, hour: 10, hours: 1 },
      { weekday: 2, hour: 14, hours: 0.5 },
      { weekday: 2, hour: 15, hours: 0.5 },
      { weekday: 4, hour: 9, hours: 1 },
      { weekday: 5, hour: 9, hours: 1 },
      { weekday: 6, hour: 9, hours: 1 },
    ]);
    expect(stats.busiestUnits).toEqual([
      { unitId: org.unitA, unitName: '区发改局', bookings: 3, hours: 4 },
      { unitId: org.unitB, unitName: '区财政局', bookings: 3, hours: 3 },
    ]);
  });

  it('lets the auditor read; refuses staff, reversed and over-long ranges', async () => {
    expect(
      (await get('/api/admin/meeting-rooms/statistics?from=2026-03-02&to=2026-03-08', auditor)).statusCode,
    ).toBe(200);
    expect(
      (await get('/api/admin/meeting-rooms/statistics?from=2026-03-02&to=2026-03-08', staffA)).statusCode,
    ).toBe(403);
    const reversed = await get(
      '/api/admin/meeting-rooms/statistics?from=2026-03-08&to=2026-03-02',
      logistics,
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.issues[0].path).toBe('query.to');
    const long = await get('/api/admin/meeting-rooms/statistics?from=2025-03-01&to=2026-03-02', logistics);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.issues[0].message).toContain('366');
    const year = await get('/api/admin/meeting-rooms/statistics?from=2025-03-02&to=2026-03-02', logistics);
    expect(year.statusCode).toBe(200);
  });

  it('exports an .xlsx with a sheet per table, numbers as numbers', async () => {
    const res = await get(
      '/api/admin/meeting-rooms/statistics/export.xlsx?from=2026-03-02&to=2026-03-08',
      auditor,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('会议室统计_2026-03-02_2026-03-08.xlsx'),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '会议室利用率',
      '楼宇利用率',
      '单位爽约率',
      '单位使用排行',
      '高峰时段',
    ]);
    const rooms = workbook.getWorksheet('会议室利用率');
    expect(rooms?.getRow(1).getCell(1).value).toBe('会议室利用率（2026-03-02 至 2026-03-08）');
    expect(rooms?.getRow(2).values).toEqual([undefined, '楼宇', '会议室', '预订小时', '开放小时', '利用率']);
    expect(rooms?.getRow(3).values).toEqual([undefined, '一号楼', '甲会议室', 3, 50, 0.06]);
    const heat = workbook.getWorksheet('高峰时段');
    expect(heat?.getRow(3).getCell(1).value).toBe('周一');
    expect(heat?.getRow(3).getCell(11).value).toBe(2); // 9时
    expect(heat?.getRow(9).getCell(1).value).toBe('周日');
    expect(
      (await get('/api/admin/meeting-rooms/statistics/export.xlsx?from=2026-03-02&to=2026-03-08', staffA))
        .statusCode,
    ).toBe(403);
  });
});
