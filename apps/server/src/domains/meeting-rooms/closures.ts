import type { Booking, Closure, CreateClosureInput } from '@houqin/contracts';
import { recordAudit } from '../../platform/audit/record';
import type { Caller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { defineNotificationType, notify } from '../../platform/notifications';
import { wallClockAsUtc } from '../../platform/zoned-time';
import { loadBookings } from './booking-view';
import {
  type ClosureRecord,
  type ClosureRow,
  deleteClosureById,
  findActiveBookingsDuring,
  findClosureForUpdate,
  findClosureRow,
  findClosuresOfRoom,
  findOverlappingClosures,
  insertClosure,
} from './closures-repository';
import { assertCanManageMeetingRooms } from './policy';
import { findMeetingRoomForUpdate } from './room-settings-repository';
import { findMeetingRoomRow } from './rooms-repository';

/** The booker of a booking inside a new closure is told to move or cancel it. */
export const CLOSURE_NOTIFICATION = defineNotificationType('room.closure_affects_booking');

type ClosureWithAffected = Closure & { affected: Booking[] };

export function toClosure(row: ClosureRow): Closure {
  return {
    id: row.id,
    roomId: row.roomId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    reason: row.reason,
    createdBy: { id: row.createdBy ?? '', displayName: row.createdByName ?? '' },
    createdAt: row.createdAt.toISOString(),
  };
}

const closureAudit = (c: ClosureRecord) => ({
  roomId: c.roomId,
  startsAt: c.startsAt,
  endsAt: c.endsAt,
  reason: c.reason,
});

/** "3月5日 09:00" in the deployment zone (notification text). */
function wallText(instant: Date, timeZone: string): string {
  const wall = new Date(wallClockAsUtc(instant.getTime(), timeZone));
  const hh = String(wall.getUTCHours()).padStart(2, '0');
  const mm = String(wall.getUTCMinutes()).padStart(2, '0');
  return `${wall.getUTCMonth() + 1}月${wall.getUTCDate()}日 ${hh}:${mm}`;
}

const overlapsClosure = (b: Booking, c: { startsAt: Date; endsAt: Date }) =>
  Date.parse(b.startsAt) < c.endsAt.getTime() && c.startsAt.getTime() < Date.parse(b.endsAt);

/** GET /api/admin/meeting-rooms/:roomId/closures: every closure of the room with the active bookings inside. */
export async function listClosures(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
): Promise<{ items: ClosureWithAffected[] }> {
  const actor = assertCanManageMeetingRooms(caller);
  if (!(await findMeetingRoomRow(ctx.db, roomId))) throw notFound('meeting_room');
  const rows = await findClosuresOfRoom(ctx.db, roomId);
  if (rows.length === 0) return { items: [] };
  const bookings = await loadBookings(ctx, actor, {
    roomIds: [roomId],
    activeOnly: true,
    from: new Date(Math.min(...rows.map((r) => r.startsAt.getTime()))),
    to: new Date(Math.max(...rows.map((r) => r.endsAt.getTime()))),
  });
  return {
    items: rows.map((r) => ({ ...toClosure(r), affected: bookings.filter((b) => overlapsClosure(b, r)) })),
  };
}

/**
 * POST /api/admin/meeting-rooms/:roomId/closures: closes the room for a period (409
 * CLOSURE_OVERLAPS when another closure of the room overlaps it), and tells each booker of an
 * active booking inside it which of their bookings to move or cancel. The meeting room's row is
 * locked, so two closures of one room are checked one after the other.
 */
export async function createClosure(
  ctx: AppContext,
  caller: Caller,
  roomId: string,
  input: CreateClosureInput,
): Promise<{ closure: Closure; affected: Booking[] }> {
  const actor = assertCanManageMeetingRooms(caller);
  const now = ctx.clock.now();
  const range = { roomId, from: new Date(input.startsAt), to: new Date(input.endsAt) };
  const { closureId, affectedIds } = await ctx.db.transaction(async (tx) => {
    const room = await findMeetingRoomForUpdate(tx, roomId);
    if (!room) throw notFound('meeting_room');
    const clashes = await findOverlappingClosures(tx, range);
    if (clashes.length > 0) {
      throw new AppError('CLOSURE_OVERLAPS', {
        closures: clashes.map((c) => ({
          id: c.id,
          startsAt: c.startsAt.toISOString(),
          endsAt: c.endsAt.toISOString(),
          reason: c.reason,
        })),
      });
    }
    const closure = await insertClosure(tx, {
      roomId,
      startsAt: range.from,
      endsAt: range.to,
      reason: input.reason,
      createdBy: actor.id,
      createdAt: now,
    });
    const affected = await findActiveBookingsDuring(tx, range);
    const roomName = (await findMeetingRoomRow(tx, roomId))?.name ?? '';
    const tz = ctx.config.timeZone;
    const byBooker = new Map<string, typeof affected>();
    for (const b of affected) byBooker.set(b.bookerId, [...(byBooker.get(b.bookerId) ?? []), b]);
    for (const [bookerId, own] of byBooker) {
      const list = own.map((b) => `${wallText(b.startsAt, tz)}「${b.title}」`).join('、');
      await notify(ctx, tx, {
        to: { userIds: [bookerId] },
        type: CLOSURE_NOTIFICATION,
        title: `${roomName} 临时关闭，您的预订受影响`,
        body: `${roomName} 将于 ${wallText(range.from, tz)} 至 ${wallText(range.to, tz)} 关闭（${input.reason}）。受影响的预订：${list}。请改期或取消。`,
        link: own.length === 1 && own[0] ? `/rooms/bookings/${own[0].id}` : '/rooms/mine',
        data: { closureId: closure.id, roomId, bookingIds: own.map((b) => b.id) },
      });
    }
    await recordAudit(
      tx,
      caller,
      {
        action: 'meeting_room.closure_created',
        entityType: 'room_closure',
        entityId: closure.id,
        after: { ...closureAudit(closure), affectedBookingIds: affected.map((b) => b.id) },
      },
      now,
    );
    return { closureId: closure.id, affectedIds: affected.map((b) => b.id) };
  });
  const row = await findClosureRow(ctx.db, closureId);
  if (!row) throw notFound('room_closure');
  const affected = affectedIds.length > 0 ? await loadBookings(ctx, actor, { ids: affectedIds }) : [];
  return { closure: toClosure(row), affected };
}

/** DELETE /api/admin/meeting-closures/:id: the room is open again for that period. */
export async function deleteClosure(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  assertCanManageMeetingRooms(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await findClosureForUpdate(tx, id);
    if (!before) throw notFound('room_closure');
    await deleteClosureById(tx, id);
    await recordAudit(
      tx,
      caller,
      {
        action: 'meeting_room.closure_deleted',
        entityType: 'room_closure',
        entityId: id,
        before: closureAudit(before),
      },
      now,
    );
  });
}
