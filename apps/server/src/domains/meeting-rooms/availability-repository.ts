import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { units } from '../organisation/tables';
import { roomBookingAttendees, roomBookings, roomClosures } from './tables';

/**
 * room_id = any($1): one array parameter however many rooms (a building's 200 rooms as 200
 * parameters cost more to build than the query costs to run).
 */
const inRooms = (column: AnyPgColumn, roomIds: string[]) =>
  sql`${column} = any(${sql.param(roomIds)}::uuid[])`;

/** A booking is at most 24 h long plus a 4 h buffer (the policy limits): older starts cannot reach the range. */
const LONGEST_BLOCK_MS = (1440 + 240) * 60_000;

export interface BusyRow {
  id: string;
  roomId: string;
  bookerId: string;
  unitId: string;
  unitName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  status: 'pending' | 'confirmed';
  attendeeIds: string[];
}

const attendeeIds = sql<string[]>`coalesce((select array_agg(a.user_id::text)
  from ${roomBookingAttendees} a where a.booking_id = ${roomBookings.id}), '{}'::text[])`;

/**
 * The active (pending/confirmed) bookings of the rooms whose blocked time [start, blocked_until)
 * overlaps [from, to), with their unit's name and attendee ids: one query for any number of rooms.
 */
export async function findBusyRows(
  db: Executor,
  range: { roomIds: string[]; from: Date; to: Date },
): Promise<BusyRow[]> {
  if (range.roomIds.length === 0) return [];
  const rows = await db
    .select({
      id: roomBookings.id,
      roomId: roomBookings.roomId,
      bookerId: roomBookings.bookerId,
      unitId: roomBookings.unitId,
      unitName: units.name,
      title: roomBookings.title,
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      blockedUntil: roomBookings.blockedUntil,
      status: roomBookings.status,
      attendeeIds,
    })
    .from(roomBookings)
    .innerJoin(units, eq(units.id, roomBookings.unitId))
    .where(
      and(
        inRooms(roomBookings.roomId, range.roomIds),
        inArray(roomBookings.status, ['pending', 'confirmed']),
        gte(roomBookings.startsAt, new Date(range.from.getTime() - LONGEST_BLOCK_MS)),
        lt(roomBookings.startsAt, range.to),
        gt(roomBookings.blockedUntil, range.from),
      ),
    )
    .orderBy(asc(roomBookings.startsAt), asc(roomBookings.id));
  return rows.map((r) => ({ ...r, status: r.status as BusyRow['status'] }));
}

export interface ClosureSlotRow {
  id: string;
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

/** Closures of the rooms overlapping [from, to). */
export async function findClosureSlots(
  db: Executor,
  range: { roomIds: string[]; from: Date; to: Date },
): Promise<ClosureSlotRow[]> {
  if (range.roomIds.length === 0) return [];
  return db
    .select({
      id: roomClosures.id,
      roomId: roomClosures.roomId,
      startsAt: roomClosures.startsAt,
      endsAt: roomClosures.endsAt,
      reason: roomClosures.reason,
    })
    .from(roomClosures)
    .where(
      and(
        inRooms(roomClosures.roomId, range.roomIds),
        lt(roomClosures.startsAt, range.to),
        gt(roomClosures.endsAt, range.from),
      ),
    )
    .orderBy(asc(roomClosures.startsAt));
}
