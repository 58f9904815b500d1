import { and, arrayContains, asc, eq, gt, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { buildings, floors, rooms } from '../spaces/tables';
import { meetingRoomApprovers, meetingRooms, roomClosures } from './tables';

export type MeetingRoomRecord = typeof meetingRooms.$inferSelect;

/** A meeting room's policy with the space it is and its named approvers. */
export interface MeetingRoomRow extends MeetingRoomRecord {
  name: string;
  number: string;
  active: boolean;
  buildingId: string;
  buildingName: string;
  floorId: string;
  floorName: string;
  floorLevel: number;
  approverIds: string[];
}

export interface MeetingRoomFilter {
  ids?: string[] | undefined;
  buildingId?: string | undefined;
  minCapacity?: number | undefined;
  equipment?: string[] | undefined;
  /** include rooms that are not bookable or whose space is inactive */
  includeUnbookable?: boolean | undefined;
}

const approverIds = sql<string[]>`coalesce((select array_agg(a.user_id::text order by a.user_id)
  from ${meetingRoomApprovers} a where a.room_id = ${meetingRooms.roomId}), '{}'::text[])`;

/** A meeting room with its space, building, floor and approvers: the shape of MeetingRoomRow. */
const selectRoomRows = (db: Executor) =>
  db
    .select({
      room: meetingRooms,
      name: rooms.name,
      number: rooms.number,
      active: rooms.active,
      buildingId: rooms.buildingId,
      buildingName: buildings.name,
      floorId: rooms.floorId,
      floorName: floors.name,
      floorLevel: floors.level,
      approverIds,
    })
    .from(meetingRooms)
    .innerJoin(rooms, eq(rooms.id, meetingRooms.roomId))
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .innerJoin(floors, eq(floors.id, rooms.floorId));

/** Meeting rooms in building, floor and number order. One query. */
export async function findMeetingRoomRows(
  db: Executor,
  filter: MeetingRoomFilter = {},
): Promise<MeetingRoomRow[]> {
  const where: SQL[] = [];
  if (filter.ids) where.push(filter.ids.length ? inArray(meetingRooms.roomId, filter.ids) : sql`false`);
  if (filter.buildingId) where.push(eq(rooms.buildingId, filter.buildingId));
  if (filter.minCapacity) where.push(gte(meetingRooms.capacity, filter.minCapacity));
  if (filter.equipment?.length) where.push(arrayContains(meetingRooms.equipment, filter.equipment));
  if (!filter.includeUnbookable) where.push(eq(meetingRooms.bookable, true), eq(rooms.active, true));
  const rows = await selectRoomRows(db)
    .where(and(...where))
    .orderBy(asc(buildings.sort), asc(buildings.name), asc(floors.level), asc(rooms.number));
  return rows.map(({ room, ...rest }) => ({ ...room, ...rest }));
}

export async function findMeetingRoomRow(db: Executor, id: string): Promise<MeetingRoomRow | undefined> {
  const [row] = await findMeetingRoomRows(db, { ids: [id], includeUnbookable: true });
  return row;
}

export interface ClosureSpan {
  startsAt: Date;
  endsAt: Date;
}

/** The room's closures overlapping [from, to). */
export function findClosuresBetween(
  db: Executor,
  roomId: string,
  span: { from: Date; to: Date },
): Promise<ClosureSpan[]> {
  return db
    .select({ startsAt: roomClosures.startsAt, endsAt: roomClosures.endsAt })
    .from(roomClosures)
    .where(
      and(
        eq(roomClosures.roomId, roomId),
        lt(roomClosures.startsAt, span.to),
        gt(roomClosures.endsAt, span.from),
      ),
    );
}

/**
 * For a booking's transaction: the room with its policy, its meeting_rooms row held FOR SHARE
 * (creating a closure takes it FOR UPDATE, so the two cannot pass each other unseen; bookings do
 * not block one another), then the closures overlapping [from, to). The closures are read by a
 * statement of their own: under READ COMMITTED a statement sees what was committed when it began,
 * so a closure whose transaction the lock waited for is visible only to the next statement.
 */
export async function lockRoomForBooking(
  tx: Executor,
  id: string,
  window: { from: Date; to: Date },
): Promise<(MeetingRoomRow & { closures: ClosureSpan[] }) | undefined> {
  const [row] = await selectRoomRows(tx)
    .where(eq(meetingRooms.roomId, id))
    .for('share', { of: meetingRooms });
  if (!row) return undefined;
  const { room, ...rest } = row;
  return { ...room, ...rest, closures: await findClosuresBetween(tx, id, window) };
}
