import type { Booking, CheckInStatus } from '@houqin/contracts';
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { tokenError, verifyToken } from '../../platform/tokens';
import { loadBookings } from './booking-view';
import { findMeetingRoomRow, type MeetingRoomRow } from './rooms-repository';
import { roomBookingAttendees, roomBookings } from './tables';

export const CHECK_IN_PURPOSE = 'room.check-in';

const MINUTE_MS = 60_000;

/** The room's QR token (printed on its label) must be this room's. */
async function roomFromToken(ctx: AppContext, roomId: string, token: string): Promise<MeetingRoomRow> {
  const verified = verifyToken(ctx, token, { purpose: CHECK_IN_PURPOSE, subject: roomId });
  if (!verified.ok) throw tokenError(verified.reason);
  const room = await findMeetingRoomRow(ctx.db, roomId);
  if (!room) throw notFound('meeting_room');
  return room;
}

/**
 * The caller's next active booking in the room that still can be checked in to (booker or
 * attendee, confirmed, not checked in, not past its no-show release), soonest first.
 */
async function nextCheckIn(ctx: AppContext, actor: Actor, room: MeetingRoomRow) {
  const now = ctx.clock.now();
  const attendee = sql`select 1 from ${roomBookingAttendees} a where a.booking_id = ${roomBookings.id} and a.user_id = ${actor.id}`;
  const [row] = await ctx.db
    .select({ id: roomBookings.id, startsAt: roomBookings.startsAt })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, room.roomId),
        eq(roomBookings.status, 'confirmed'),
        isNull(roomBookings.checkedInAt),
        gt(roomBookings.startsAt, new Date(now.getTime() - room.noShowMinutes * MINUTE_MS)),
        gt(roomBookings.endsAt, now),
        or(eq(roomBookings.bookerId, actor.id), sql`exists (${attendee})`),
      ),
    )
    .orderBy(asc(roomBookings.startsAt))
    .limit(1);
  if (!row) return null;
  const opensAt = new Date(row.startsAt.getTime() - room.checkInOpensMinutes * MINUTE_MS);
  return { id: row.id, opensAt, open: opensAt <= now };
}

const roomRef = (room: MeetingRoomRow) => ({
  id: room.roomId,
  name: room.name,
  building: room.buildingName,
  floor: room.floorName,
});

/** GET /api/rooms/:id/check-in?t= — what the room's QR shows the signed-in user. */
export async function checkInStatus(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  token: string,
): Promise<CheckInStatus> {
  const actor = requireActor(caller);
  const room = await roomFromToken(ctx, roomId, token);
  const next = await nextCheckIn(ctx, actor, room);
  if (!next) return { room: roomRef(room), booking: null, nextOpensAt: null };
  if (!next.open) return { room: roomRef(room), booking: null, nextOpensAt: next.opensAt.toISOString() };
  const [booking] = await loadBookings(ctx, actor, { ids: [next.id] });
  return { room: roomRef(room), booking: booking ?? null, nextOpensAt: null };
}

/**
 * POST /api/rooms/:id/check-in — from checkInOpensMinutes before the start until the no-show
 * release. A conditional update: checking in twice, or after the release, changes nothing.
 */
export async function checkIn(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  token: string,
): Promise<Booking> {
  const actor = requireActor(caller);
  const room = await roomFromToken(ctx, roomId, token);
  const next = await nextCheckIn(ctx, actor, room);
  if (!next) throw new AppError('CHECK_IN_NO_BOOKING');
  if (!next.open) throw new AppError('CHECK_IN_NOT_OPEN', { opensAt: next.opensAt.toISOString() });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(roomBookings)
      .set({ checkedInAt: now, updatedAt: now })
      .where(
        and(
          eq(roomBookings.id, next.id),
          eq(roomBookings.status, 'confirmed'),
          isNull(roomBookings.checkedInAt),
        ),
      )
      .returning({ id: roomBookings.id });
    if (done.length === 0) throw new AppError('CHECK_IN_NO_BOOKING');
    await recordAudit(
      tx,
      caller,
      {
        action: 'room_booking.checked_in',
        entityType: 'room_booking',
        entityId: next.id,
        after: { checkedInAt: now.toISOString() },
      },
      now,
    );
  });
  const [booking] = await loadBookings(ctx, actor, { ids: [next.id] });
  if (!booking) throw notFound('room_booking');
  return booking;
}
