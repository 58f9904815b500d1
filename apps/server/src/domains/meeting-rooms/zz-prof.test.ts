import { sql } from 'drizzle-orm';
import { it } from 'vitest';
import { loginAs, seedTestOrg } from '../../test/fixtures';
import { createTestApp } from '../../test/harness';
import { getAvailability } from './availability';
import { findMeetingRoomRows } from './rooms-repository';
import { loadMeetingRooms } from './rooms-service';
import { insertBooking, insertBuilding, insertMeetingRoom } from './test-rooms';

it('profile availability', async () => {
  const t = await createTestApp({ now: '2026-11-30T00:00:00Z' });
  const org = await seedTestOrg(t.ctx.db);
  const where = await insertBuilding(t.ctx.db, '压测楼');
  for (let i = 0; i < 200; i++) {
    const id = await insertMeetingRoom(t.ctx.db, where, `R${i}`, { equipment: ['projector'] });
    for (const h of [1, 6])
      await insertBooking(t.ctx.db, {
        roomId: id,
        bookerId: org.users.staffA.id,
        unitId: org.unitA,
        startsAt: `2026-12-01T0${h}:00:00Z`,
        endsAt: `2026-12-01T0${h}:45:00Z`,
        attendeeIds: [org.users.staffB.id],
      });
  }
  const s = await loginAs(t.app, org.users.staffA.username);
  const actor = {
    id: org.users.staffA.id,
    username: 'zhangsan',
    displayName: '张三',
    unitId: org.unitA,
    roles: ['staff' as const],
  };
  const caller = { actor, ip: null, userAgent: null };
  const time = async (name: string, f: () => Promise<unknown>) => {
    const ts: number[] = [];
    for (let i = 0; i < 30; i++) {
      const a = performance.now();
      await f();
      ts.push(performance.now() - a);
    }
    ts.sort((a, b) => a - b);
    console.log(name, 'p50', ts[15]?.toFixed(1), 'max', ts[29]?.toFixed(1));
  };
  await time('roundtrip', () => t.ctx.db.execute(sql`select 1`));
  await time('raw rows', () =>
    t.ctx.db.execute(
      sql`select m.*, r.name, b.name, f.name from meeting_rooms m join rooms r on r.id=m.room_id join buildings b on b.id=r.building_id join floors f on f.id=r.floor_id order by b.sort, b.name, f.level, r.number`,
    ),
  );
  await time('rows', () => findMeetingRoomRows(t.ctx.db, {}));
  await time('loadMeetingRooms', () => loadMeetingRooms(t.ctx, actor, {}));
  await time('service', () => getAvailability(t.ctx, caller, { date: '2026-12-01' }));
  await time('http', () =>
    t.app.inject({ method: 'GET', url: '/api/rooms/availability?date=2026-12-01', headers: s.headers }),
  );
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/rooms/availability?date=2026-12-01',
    headers: s.headers,
  });
  console.log('bytes', res.body.length);
  await t.close();
}, 120000);
