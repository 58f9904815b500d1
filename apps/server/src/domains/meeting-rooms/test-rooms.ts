import type { Database } from '../../db/client';
import { buildings, floors, rooms } from '../spaces/tables';
import {
  meetingRoomApprovers,
  meetingRooms,
  meetingServiceTasks,
  roomBookingAttendees,
  roomBookings,
} from './tables';

/** Test data for the meeting-room tests: spaces rooms, meeting rooms and bookings written directly. */

let counter = 0;
const at = new Date('2026-01-01T00:00:00Z');

export async function insertBuilding(db: Database, name: string, sort = 0) {
  counter++;
  const [b] = await db
    .insert(buildings)
    .values({ name, code: `T${counter}`, sort, createdAt: at, updatedAt: at })
    .returning();
  const [f] = await db
    .insert(floors)
    .values({ buildingId: b?.id ?? '', level: 1, name: '1F', createdAt: at, updatedAt: at })
    .returning();
  if (!b || !f) throw new Error('seed failed');
  return { buildingId: b.id, floorId: f.id };
}

export async function insertSpaceRoom(
  db: Database,
  where: { buildingId: string; floorId: string },
  name: string,
): Promise<string> {
  counter++;
  const [r] = await db
    .insert(rooms)
    .values({
      ...where,
      number: `R${counter}`,
      name,
      areaM2: '40.00',
      use: 'meeting',
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: rooms.id });
  if (!r) throw new Error('seed failed');
  return r.id;
}

export type MeetingRoomOverrides = Partial<typeof meetingRooms.$inferInsert> & { approverIds?: string[] };

export async function insertMeetingRoom(
  db: Database,
  where: { buildingId: string; floorId: string },
  name: string,
  overrides: MeetingRoomOverrides = {},
): Promise<string> {
  const roomId = await insertSpaceRoom(db, where, name);
  const { approverIds = [], ...policy } = overrides;
  await db.insert(meetingRooms).values({ capacity: 10, ...policy, roomId, createdAt: at, updatedAt: at });
  if (approverIds.length > 0) {
    await db.insert(meetingRoomApprovers).values(approverIds.map((userId) => ({ roomId, userId })));
  }
  return roomId;
}

export interface TestBooking {
  roomId: string;
  bookerId: string;
  unitId: string;
  startsAt: string;
  endsAt: string;
  bufferMinutes?: number;
  title?: string;
  status?: 'pending' | 'confirmed' | 'cancelled' | 'rejected' | 'released' | 'expired';
  checkInRequired?: boolean;
  checkedInAt?: string;
  endedEarlyAt?: string;
  attendeeIds?: string[];
  externalCount?: number;
  services?: {
    kind: 'tea' | 'name_cards' | 'av_setup' | 'banner';
    dueAt: string;
    status?: 'open' | 'done' | 'cancelled';
  }[];
}

export async function insertBooking(db: Database, b: TestBooking): Promise<string> {
  const ends = new Date(b.endsAt);
  const [row] = await db
    .insert(roomBookings)
    .values({
      roomId: b.roomId,
      bookerId: b.bookerId,
      unitId: b.unitId,
      title: b.title ?? '测试会议',
      startsAt: new Date(b.startsAt),
      endsAt: b.endedEarlyAt ? new Date(b.endedEarlyAt) : ends,
      blockedUntil: new Date(
        (b.endedEarlyAt ? new Date(b.endedEarlyAt) : ends).getTime() + (b.bufferMinutes ?? 0) * 60_000,
      ),
      status: b.status ?? 'confirmed',
      checkInRequired: b.checkInRequired ?? false,
      checkedInAt: b.checkedInAt ? new Date(b.checkedInAt) : null,
      endedEarlyAt: b.endedEarlyAt ? new Date(b.endedEarlyAt) : null,
      externalCount: b.externalCount ?? 0,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: roomBookings.id });
  if (!row) throw new Error('seed failed');
  if (b.attendeeIds?.length) {
    await db
      .insert(roomBookingAttendees)
      .values(b.attendeeIds.map((userId) => ({ bookingId: row.id, userId })));
  }
  for (const s of b.services ?? []) {
    await db
      .insert(meetingServiceTasks)
      .values({ bookingId: row.id, kind: s.kind, dueAt: new Date(s.dueAt), status: s.status ?? 'open' });
  }
  return row.id;
}

/**
 * A meeting room in a building of its own, with the default policy (08:00–18:00 on workdays,
 * 15–480 minutes, 30 days ahead) unless `policy` says otherwise.
 */
export async function createTestMeetingRoom(
  db: Database,
  policy: Omit<MeetingRoomOverrides, 'approverIds'> = {},
  approverIds: string[] = [],
): Promise<{ roomId: string; buildingId: string }> {
  const where = await insertBuilding(db, `测试楼${counter + 1}`);
  const roomId = await insertMeetingRoom(db, where, `第${counter + 1}会议室`, { ...policy, approverIds });
  return { roomId, buildingId: where.buildingId };
}
