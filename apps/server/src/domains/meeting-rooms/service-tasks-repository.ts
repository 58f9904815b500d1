import { and, asc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { users } from '../organisation/tables';
import { buildings, floors, rooms } from '../spaces/tables';
import { meetingServiceTasks, roomBookingAttendees, roomBookings } from './tables';

const booker = alias(users, 'booker');
const doer = alias(users, 'doer');

/** Internal attendees besides the booker, plus the booker and the external guests: the people to serve. */
const headcount = sql<number>`(1 + ${roomBookings.externalCount} + (select count(*)::int
  from ${roomBookingAttendees} a where a.booking_id = ${roomBookings.id} and a.user_id <> ${roomBookings.bookerId}))`;

const taskColumns = {
  id: meetingServiceTasks.id,
  kind: meetingServiceTasks.kind,
  note: meetingServiceTasks.note,
  dueAt: meetingServiceTasks.dueAt,
  status: meetingServiceTasks.status,
  doneAt: meetingServiceTasks.doneAt,
  doneById: meetingServiceTasks.doneBy,
  doneByName: doer.displayName,
  bookingId: roomBookings.id,
  title: roomBookings.title,
  startsAt: roomBookings.startsAt,
  endsAt: roomBookings.endsAt,
  bookingStatus: roomBookings.status,
  roomId: roomBookings.roomId,
  roomName: rooms.name,
  building: buildings.name,
  floor: floors.name,
  bookerId: roomBookings.bookerId,
  bookerName: booker.displayName,
  headcount,
};

function selectTasks(db: Executor) {
  return db
    .select(taskColumns)
    .from(meetingServiceTasks)
    .innerJoin(roomBookings, eq(roomBookings.id, meetingServiceTasks.bookingId))
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .innerJoin(floors, eq(floors.id, rooms.floorId))
    .innerJoin(booker, eq(booker.id, roomBookings.bookerId))
    .leftJoin(doer, eq(doer.id, meetingServiceTasks.doneBy));
}

export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTaskRow>>>;

/** Tasks due in [from, to) of active bookings (cancelled tasks left out), by due time. */
export async function findTasksDue(db: Executor, range: { from: Date; to: Date }) {
  return selectTasks(db)
    .where(
      and(
        gte(meetingServiceTasks.dueAt, range.from),
        lt(meetingServiceTasks.dueAt, range.to),
        ne(meetingServiceTasks.status, 'cancelled'),
        inArray(roomBookings.status, ['pending', 'confirmed']),
      ),
    )
    .orderBy(asc(meetingServiceTasks.dueAt), asc(roomBookings.startsAt), asc(meetingServiceTasks.kind));
}

export async function findTaskRow(db: Executor, id: string) {
  const [row] = await selectTasks(db).where(eq(meetingServiceTasks.id, id));
  return row;
}

/**
 * Marks an open task of an active booking done, in one conditional update: a task already done,
 * cancelled, or whose booking was cancelled meanwhile is left alone (no row returned).
 */
export async function markTaskDone(
  tx: Executor,
  input: { id: string; userId: string; now: Date },
): Promise<boolean> {
  const rows = await tx
    .update(meetingServiceTasks)
    .set({ status: 'done', doneBy: input.userId, doneAt: input.now })
    .where(
      and(
        eq(meetingServiceTasks.id, input.id),
        eq(meetingServiceTasks.status, 'open'),
        sql`exists (select 1 from ${roomBookings} b where b.id = ${meetingServiceTasks.bookingId}
          and b.status in ('pending', 'confirmed'))`,
      ),
    )
    .returning({ id: meetingServiceTasks.id });
  return rows.length > 0;
}
