import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { runDueJobs } from '../../platform/scheduler';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { EXPIRE_PENDING_JOB, RELEASE_NO_SHOWS_JOB } from './booking-jobs';
import { roomBookings } from './tables';
import { createTestMeetingRoom } from './test-rooms';

/** Monday 2026-11-30 08:00 in Shanghai; the process runs in America/St_Johns. */
export const MONDAY_8AM = '2026-11-30T00:00:00Z';

export interface BookingTestApp {
  t: TestApp;
  org: TestOrg;
  staffA: LoggedIn;
  staffB: LoggedIn;
  unitAdminA: LoggedIn;
  roomAdmin: LoggedIn;
  /** a room with a 10-minute buffer */
  room: string;
  book(payload: object, as?: LoggedIn): Promise<LightMyRequestResponse>;
  preview(payload: object, as?: LoggedIn): Promise<LightMyRequestResponse>;
  post(url: string, payload: object, as: LoggedIn): Promise<LightMyRequestResponse>;
  get(url: string, as: LoggedIn): Promise<LightMyRequestResponse>;
  /** the room's pending and confirmed bookings */
  activeIn(roomId: string): Promise<(typeof roomBookings.$inferSelect)[]>;
}

/**
 * The booking tests' app, filled in by a beforeAll this registers: a test organisation, a room
 * administrator, signed-in callers, one room, the clock back at Monday 08:00 before each test.
 */
export function useBookingTestApp(): BookingTestApp {
  const s = {} as BookingTestApp;
  beforeAll(async () => {
    const t = await createTestApp({ now: MONDAY_8AM });
    const org = await seedTestOrg(t.ctx.db);
    const [model] = await t.ctx.db
      .select({ h: users.passwordHash })
      .from(users)
      .where(eq(users.id, org.users.staffA.id));
    await t.ctx.db.insert(users).values({
      username: 'roomadmin',
      displayName: '会议室管理员',
      unitId: org.rootUnitId,
      roles: ['staff', 'room_admin'],
      passwordHash: model?.h as string,
    });
    const inject = (method: 'GET' | 'POST', url: string, as: LoggedIn, payload?: object) =>
      t.app.inject({ method, url, headers: as.headers, ...(payload ? { payload } : {}) });
    Object.assign(s, {
      t,
      org,
      staffA: await loginAs(t.app, org.users.staffA.username),
      staffB: await loginAs(t.app, org.users.staffB.username),
      unitAdminA: await loginAs(t.app, org.users.unitAdminA.username),
      roomAdmin: await loginAs(t.app, 'roomadmin'),
      room: (await createTestMeetingRoom(t.ctx.db, { bufferMinutes: 10 })).roomId,
      book: (payload: object, as = s.staffA) => inject('POST', '/api/room-bookings', as, payload),
      preview: (payload: object, as = s.staffA) => inject('POST', '/api/room-bookings/preview', as, payload),
      post: (url: string, payload: object, as: LoggedIn) => inject('POST', url, as, payload),
      get: (url: string, as: LoggedIn) => inject('GET', url, as),
      activeIn: async (roomId: string) =>
        (await t.ctx.db.select().from(roomBookings).where(eq(roomBookings.roomId, roomId))).filter((b) =>
          ['pending', 'confirmed'].includes(b.status),
        ),
    });
    // stores the recurring jobs' first occurrences at the start time, so moving the clock makes them due
    await runDueJobs(t.ctx, { only: [EXPIRE_PENDING_JOB, RELEASE_NO_SHOWS_JOB] });
  });
  afterAll(async () => s.t.close());
  beforeEach(() => s.t.clock.set(MONDAY_8AM));
  return s;
}
