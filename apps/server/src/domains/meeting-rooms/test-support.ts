import { defaultMeetingRoomSettings } from '@houqin/contracts';
import type { Database } from '../../db/client';
import { buildings, floors, rooms } from '../spaces/tables';
import { meetingRoomApprovers, meetingRooms } from './tables';

type Policy = Partial<Omit<typeof meetingRooms.$inferInsert, 'roomId' | 'createdAt' | 'updatedAt'>>;

let counter = 0;

/**
 * A meeting room for tests: a new building, floor and room with the default policy (08:00–18:00 on
 * workdays, 15–480 minutes, 30 days ahead) unless `policy` says otherwise.
 */
export async function createTestMeetingRoom(
  db: Database,
  policy: Policy = {},
  approverIds: string[] = [],
): Promise<{ roomId: string; buildingId: string }> {
  counter += 1;
  const now = new Date();
  const [b] = await db
    .insert(buildings)
    .values({ name: `测试楼${counter}`, code: `TB${counter}`, createdAt: now, updatedAt: now })
    .returning();
  if (!b) throw new Error('seed failed');
  const [f] = await db
    .insert(floors)
    .values({ buildingId: b.id, level: 1, name: '1F', createdAt: now, updatedAt: now })
    .returning();
  if (!f) throw new Error('seed failed');
  const [r] = await db
    .insert(rooms)
    .values({
      floorId: f.id,
      buildingId: b.id,
      number: `10${counter}`,
      name: `第${counter}会议室`,
      areaM2: '40.00',
      use: 'meeting',
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!r) throw new Error('seed failed');
  await db.insert(meetingRooms).values({
    roomId: r.id,
    capacity: defaultMeetingRoomSettings.capacity,
    createdAt: now,
    updatedAt: now,
    ...policy,
  });
  if (approverIds.length) {
    await db.insert(meetingRoomApprovers).values(approverIds.map((userId) => ({ roomId: r.id, userId })));
  }
  return { roomId: r.id, buildingId: b.id };
}
