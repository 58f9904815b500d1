import type { Booking, BookingList } from '@houqin/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { loadBookings } from './booking-view';
import { mayApproveRoom, mayReadBooking } from './policy';
import { findMeetingRoomRows } from './rooms-repository';
import { roomBookings } from './tables';

/** GET /api/room-bookings/:id — for its parties, the room's managers and approvers, the auditor. */
export async function getBooking(ctx: AppContext, caller: Caller, id: string): Promise<Booking> {
  const actor = requireActor(caller);
  const [booking] = await loadBookings(ctx, actor, { ids: [id] });
  if (!booking) throw notFound('room_booking');
  const parties = {
    bookerId: booking.booker.id,
    unitId: booking.unit.id,
    attendeeIds: booking.attendees.map((a) => a.id),
  };
  const [room] = await findMeetingRoomRows(ctx.db, { ids: [booking.room.id], includeUnbookable: true });
  if (!mayReadBooking(actor, parties, { approverIds: room?.approverIds ?? [] }))
    throw notFound('room_booking');
  return booking;
}

/** GET /api/room-bookings/mine — where I am the booker or an attendee; upcoming soonest first, past newest first. */
export async function myBookings(
  ctx: AppContext,
  caller: Caller,
  when: 'upcoming' | 'past',
): Promise<BookingList> {
  const actor = requireActor(caller);
  const now = ctx.clock.now();
  const items = await loadBookings(ctx, actor, {
    userId: actor.id,
    ...(when === 'upcoming' ? { from: now } : { to: now }),
    order: when === 'upcoming' ? 'asc' : 'desc',
    limit: 200,
  });
  return { items: when === 'past' ? items.filter((b) => Date.parse(b.endsAt) <= now.getTime()) : items };
}

/** GET /api/room-bookings/pending — pending bookings of the rooms the caller approves. */
export async function pendingForApprover(
  ctx: AppContext,
  caller: Caller,
  roomId?: string,
): Promise<BookingList> {
  const actor = requireActor(caller);
  const rooms = await findMeetingRoomRows(ctx.db, { includeUnbookable: true });
  const mine = rooms
    .filter((r) => mayApproveRoom(actor, r))
    .map((r) => r.roomId)
    .filter((id) => !roomId || id === roomId);
  if (mine.length === 0) return { items: [] };
  const pending = await ctx.db
    .select({ id: roomBookings.id })
    .from(roomBookings)
    .where(and(inArray(roomBookings.roomId, mine), eq(roomBookings.status, 'pending')));
  return { items: await loadBookings(ctx, actor, { ids: pending.map((p) => p.id) }) };
}
