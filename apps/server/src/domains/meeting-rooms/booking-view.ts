import type { Booking, BookingService, PersonRef } from '@houqin/contracts';
import { and, asc, eq, gt, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { units, users } from '../organisation/tables';
import { buildings, floors, rooms } from '../spaces/tables';
import { mayApproveRoom, mayManageBooking, maySeeBookingTitle } from './policy';
import {
  bookingSeries,
  meetingRoomApprovers,
  meetingServiceTasks,
  roomBookingAttendees,
  roomBookings,
} from './tables';

export interface BookingFilter {
  ids?: string[];
  roomIds?: string[];
  seriesId?: string;
  /** bookings overlapping [from, to) */
  from?: Date;
  to?: Date;
  /** pending and confirmed only */
  activeOnly?: boolean;
  status?: Booking['status'];
  /** where this user is the booker or an attendee */
  userId?: string;
  limit?: number;
  order?: 'asc' | 'desc';
}

const approverIds = sql<string[]>`coalesce((select array_agg(a.user_id::text)
  from ${meetingRoomApprovers} a where a.room_id = ${roomBookings.roomId}), '{}'::text[])`;

const attendees = sql<
  PersonRef[]
>`coalesce((select json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
  order by u.display_name) from ${roomBookingAttendees} ba join ${users} u on u.id = ba.user_id
  where ba.booking_id = ${roomBookings.id}), '[]'::json)`;

type ServiceJson = Omit<BookingService, 'doneBy'> & { doneById: string | null; doneByName: string | null };
const services = sql<ServiceJson[]>`coalesce((select json_agg(json_build_object('id', t.id, 'kind', t.kind,
  'note', t.note, 'dueAt', t.due_at, 'status', t.status, 'doneAt', t.done_at, 'doneById', t.done_by,
  'doneByName', d.display_name) order by t.due_at, t.kind) from ${meetingServiceTasks} t
  left join ${users} d on d.id = t.done_by where t.booking_id = ${roomBookings.id}), '[]'::json)`;

const booker = alias(users, 'booker');

/** json_agg renders timestamptz in the session's zone; the API speaks UTC ISO strings. */
const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function where(filter: BookingFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.ids) parts.push(filter.ids.length ? inArray(roomBookings.id, filter.ids) : sql`false`);
  if (filter.roomIds)
    parts.push(filter.roomIds.length ? inArray(roomBookings.roomId, filter.roomIds) : sql`false`);
  if (filter.seriesId) parts.push(eq(roomBookings.seriesId, filter.seriesId));
  if (filter.from) parts.push(gt(roomBookings.endsAt, filter.from));
  if (filter.to) parts.push(lt(roomBookings.startsAt, filter.to));
  if (filter.activeOnly) parts.push(inArray(roomBookings.status, ['pending', 'confirmed']));
  if (filter.status) parts.push(eq(roomBookings.status, filter.status));
  if (filter.userId) {
    const attendee = sql`select 1 from ${roomBookingAttendees} x where x.booking_id = ${roomBookings.id} and x.user_id = ${filter.userId}`;
    parts.push(or(eq(roomBookings.bookerId, filter.userId), sql`exists (${attendee})`));
  }
  return and(...parts);
}

/**
 * Bookings as the API shows them to `actor`: everything in one query. Those who may not see a
 * booking's title (policy.maySeeBookingTitle) get it without title, notes and attendees.
 */
export async function loadBookings(
  ctx: AppContext | { db: Executor },
  actor: Actor,
  filter: BookingFilter,
): Promise<Booking[]> {
  const rows = await ctx.db
    .select({
      b: roomBookings,
      rrule: bookingSeries.rrule,
      roomName: rooms.name,
      building: buildings.name,
      floor: floors.name,
      bookerName: booker.displayName,
      unitName: units.name,
      approverIds,
      attendees,
      services,
    })
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .innerJoin(buildings, eq(buildings.id, rooms.buildingId))
    .innerJoin(floors, eq(floors.id, rooms.floorId))
    .innerJoin(booker, eq(booker.id, roomBookings.bookerId))
    .innerJoin(units, eq(units.id, roomBookings.unitId))
    .leftJoin(bookingSeries, eq(bookingSeries.id, roomBookings.seriesId))
    .where(where(filter))
    .orderBy(
      filter.order === 'desc' ? sql`${roomBookings.startsAt} desc` : asc(roomBookings.startsAt),
      asc(roomBookings.id),
    )
    .limit(filter.limit ?? 1000);

  return rows.map((r): Booking => {
    const b = r.b;
    const parties = { bookerId: b.bookerId, unitId: b.unitId, attendeeIds: r.attendees.map((a) => a.id) };
    const room = { approverIds: r.approverIds };
    const open = maySeeBookingTitle(actor, parties, room);
    return {
      id: b.id,
      seriesId: b.seriesId,
      rrule: r.rrule,
      room: { id: b.roomId, name: r.roomName, building: r.building, floor: r.floor },
      title: open ? b.title : '',
      notes: open ? b.notes : '',
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      status: b.status,
      booker: { id: b.bookerId, displayName: r.bookerName },
      unit: { id: b.unitId, name: r.unitName },
      attendees: open ? r.attendees : [],
      externalCount: b.externalCount,
      services: open
        ? r.services.map((s) => ({
            id: s.id,
            kind: s.kind,
            note: s.note,
            dueAt: iso(s.dueAt) ?? s.dueAt,
            status: s.status,
            doneAt: iso(s.doneAt),
            doneBy: s.doneById && s.doneByName ? { id: s.doneById, displayName: s.doneByName } : null,
          }))
        : [],
      checkInRequired: b.checkInRequired,
      checkedInAt: b.checkedInAt?.toISOString() ?? null,
      endedEarlyAt: b.endedEarlyAt?.toISOString() ?? null,
      holdExpiresAt: b.status === 'pending' ? (b.holdExpiresAt?.toISOString() ?? null) : null,
      decisionReason: open ? b.decisionReason : null,
      createdAt: b.createdAt.toISOString(),
      mayManage: mayManageBooking(actor, parties),
      mayApprove: b.status === 'pending' && mayApproveRoom(actor, room),
    };
  });
}
