import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, loginAs, seedTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/harness';
import { users } from '../organisation/tables';
import { rooms } from '../spaces/tables';
import { meetingRooms } from './tables';
import { createTestMeetingRoom } from './test-rooms';

// The room list is kept per process until the catalog version moves; writes by any process
// (here: straight SQL, as another process would) must show at once.
describe('meeting-room catalog', () => {
  let t: TestApp;
  let org: TestOrg;
  let staff: LoggedIn;
  let roomId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-30T00:00:00Z' });
    org = await seedTestOrg(t.ctx.db);
    staff = await loginAs(t.app, org.users.staffA.username);
    roomId = (await createTestMeetingRoom(t.ctx.db, {}, [org.users.unitAdminA.id])).roomId;
  });
  afterAll(async () => t.close());

  const room = async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/rooms', headers: staff.headers });
    return res.json().items.find((r: { id: string }) => r.id === roomId);
  };

  it('shows a policy change made behind its back', async () => {
    expect((await room()).capacity).toBe(10);
    await t.ctx.db.update(meetingRooms).set({ capacity: 24 }).where(eq(meetingRooms.roomId, roomId));
    expect((await room()).capacity).toBe(24);
  });

  it('shows a renamed space room and a renamed approver', async () => {
    await t.ctx.db.update(rooms).set({ name: '改名后的会议室' }).where(eq(rooms.id, roomId));
    await t.ctx.db
      .update(users)
      .set({ displayName: '王五（新）' })
      .where(eq(users.id, org.users.unitAdminA.id));
    const seen = await room();
    expect(seen.name).toBe('改名后的会议室');
    expect(seen.approvers).toEqual([{ id: org.users.unitAdminA.id, displayName: '王五（新）' }]);
  });

  it('drops a room made unbookable', async () => {
    await t.ctx.db.update(meetingRooms).set({ bookable: false }).where(eq(meetingRooms.roomId, roomId));
    expect(await room()).toBeUndefined();
  });
});
