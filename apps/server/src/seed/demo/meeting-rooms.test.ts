import { afterAll, describe, expect, it } from 'vitest';
import { roomBookings } from '../../domains/meeting-rooms/tables';
import { loginAs } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { seedOnFirstStart } from '../first-start';
import { DEMO_PASSWORD } from './people';

/** Each case seeds the whole demo district (organisation, spaces, every module): seconds, not milliseconds. */
const SEED_TIMEOUT_MS = 60_000;

describe('demo meeting rooms', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  async function seededAt(now: string) {
    const t = await createTestApp({ now, config: { demo: true, adminPassword: 'Chosen-admin-2026' } });
    apps.push(t);
    await seedOnFirstStart(t.ctx, { write: () => {} });
    return t;
  }

  // a Wednesday afternoon, and a Saturday (the week to come then starts on Monday)
  it.each(['2026-03-04T07:00:00Z', '2026-03-07T02:00:00Z'])(
    'seeds rooms and two weeks of bookings (now %s)',
    async (now) => {
      const t = await seededAt(now);
      const staff = await loginAs(t.app, 'chenjing', DEMO_PASSWORD);
      const rooms = (await t.app.inject({ method: 'GET', url: '/api/rooms', headers: staff.headers })).json()
        .items as {
        number: string;
        name: string;
        building: string;
        capacity: number;
        requiresApproval: boolean;
        checkInRequired: boolean;
        approvers: { displayName: string }[];
        equipment: string[];
        mayBook: boolean;
      }[];
      expect(rooms).toHaveLength(8);
      expect(new Set(rooms.map((r) => r.building))).toEqual(new Set(['行政中心A座', '行政中心B座']));
      const hall = rooms.find((r) => r.name === '多功能厅');
      expect(hall).toMatchObject({
        requiresApproval: true,
        checkInRequired: true,
        approvers: [{ displayName: '李强' }],
      });
      expect(rooms.find((r) => r.number === 'A-101')?.mayBook).toBe(false); // 区政府办公室 only
      const small = rooms.filter((r) => !r.requiresApproval && r.capacity >= 6 && r.capacity <= 12);
      expect(small.length).toBeGreaterThanOrEqual(5);
      expect(small.some((r) => r.equipment.includes('video_conference'))).toBe(true);

      const bookings = await t.ctx.db.select().from(roomBookings);
      const statuses = bookings.map((b) => b.status);
      expect(statuses.filter((s) => s === 'pending')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'released')).toHaveLength(1);
      expect(bookings.filter((b) => b.checkedInAt !== null).length).toBeGreaterThanOrEqual(2);
      expect(bookings.filter((b) => b.seriesId !== null)).toHaveLength(2);
      expect(bookings.length).toBeGreaterThanOrEqual(25);

      const admin = await loginAs(t.app, 'huanglei', DEMO_PASSWORD);
      const stats = await t.app.inject({
        method: 'GET',
        url: '/api/admin/meeting-rooms/statistics?from=2026-02-20&to=2026-03-20',
        headers: admin.headers,
      });
      expect(stats.statusCode).toBe(200);
      expect(stats.json().noShows.some((u: { noShows: number }) => u.noShows === 1)).toBe(true);
      expect(stats.json().busiestUnits.length).toBeGreaterThan(3);
      const tasks = await t.app.inject({
        method: 'GET',
        url: '/api/meeting-services/tasks?day=tomorrow',
        headers: admin.headers,
      });
      expect(tasks.statusCode).toBe(200);
    },
    SEED_TIMEOUT_MS,
  );

  it(
    'writes the same bookings when seeded on the same day',
    async () => {
      const a = apps[0];
      if (!a) throw new Error('the Wednesday seed runs first');
      const b = await seededAt('2026-03-04T07:00:00Z');
      const shape = async (t: TestApp) =>
        (await t.ctx.db.select().from(roomBookings))
          .map((r) => `${r.title}|${r.startsAt.toISOString()}|${r.status}`)
          .sort();
      expect(await shape(a)).toEqual(await shape(b));
    },
    SEED_TIMEOUT_MS,
  );
});
