import type {
  Booking,
  CancelBookingInput,
  ChangeResult,
  DecideBookingInput,
  MeetingServiceKind,
  UpdateBookingInput,
} from '@houqin/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, notFound, sqlState } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import { dateIn, wallClockAsUtc, zonedInstant } from '../../platform/zoned-time';
import { users } from '../organisation/tables';
import { holdUntil, serviceLeadMinutes } from './booking-create';
import { bookingFieldError, notices } from './booking-messages';
import {
  bookingNoticeTypes,
  formatWhen,
  notifyBookingParties,
  notifyServicesAdded,
  roomLabel,
} from './booking-notices';
import {
  attendeeIdsOf,
  type BookingRecord,
  cancelOpenTasks,
  cancelOpenTasksExcept,
  findBookingForUpdate,
  findScopeForUpdate,
  serviceTasksOf,
  shiftTasks,
  upsertOpenTasks,
} from './booking-repository';
import { blockedUntil, type Interval, slotStatuses } from './booking-rules';
import { loadBookings } from './booking-view';
import { mayApproveRoom, mayManageBooking } from './policy';
import { findMeetingRoomRow, type MeetingRoomRow } from './rooms-repository';
import { roomBookingAttendees, roomBookings } from './tables';

const MINUTE_MS = 60_000;

const occurrence = (b: Pick<BookingRecord, 'id' | 'startsAt' | 'endsAt' | 'status'>) => ({
  id: b.id,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  status: b.status,
});

interface Target {
  booking: BookingRecord;
  room: MeetingRoomRow;
  attendees: string[];
}

/** The booking locked, its room and attendees; NOT_FOUND also when the caller may not read it. */
async function lockTarget(tx: Executor, actor: Actor, id: string): Promise<Target> {
  const booking = await findBookingForUpdate(tx, id);
  if (!booking) throw notFound('room_booking');
  const room = await findMeetingRoomRow(tx, booking.roomId);
  if (!room) throw notFound('meeting_room');
  const attendees = (await attendeeIdsOf(tx, [id])).get(id) ?? [];
  const parties = { bookerId: booking.bookerId, unitId: booking.unitId, attendeeIds: attendees };
  if (!mayManageBooking(actor, parties) && !mayApproveRoom(actor, room) && !attendees.includes(actor.id)) {
    throw notFound('room_booking');
  }
  return { booking, room, attendees };
}

function assertManage(actor: Actor, t: Target): void {
  const parties = { bookerId: t.booking.bookerId, unitId: t.booking.unitId, attendeeIds: t.attendees };
  if (!mayManageBooking(actor, parties)) throw new AppError('FORBIDDEN');
}

async function partiesOf(tx: Executor, rows: BookingRecord[]): Promise<string[]> {
  const attendees = await attendeeIdsOf(
    tx,
    rows.map((r) => r.id),
  );
  return [...rows.map((r) => r.bookerId), ...[...attendees.values()].flat()];
}

/** POST /api/room-bookings/:id/cancel — this occurrence, this and the following, or the series. */
export async function cancelBooking(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: CancelBookingInput,
): Promise<ChangeResult> {
  const actor = requireActor(caller);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const t = await lockTarget(tx, actor, id);
    assertManage(actor, t);
    // started or checked-in meetings end early instead of being cancelled
    const rows = (await findScopeForUpdate(tx, t.booking, input.scope)).filter(
      (r) => r.startsAt > now && r.checkedInAt === null,
    );
    if (rows.length === 0) throw new AppError('BOOKING_NOT_CHANGEABLE');
    const ids = rows.map((r) => r.id);
    const changed = await tx
      .update(roomBookings)
      .set({ status: 'cancelled', decisionReason: input.reason || null, updatedAt: now })
      .where(and(inArray(roomBookings.id, ids), inArray(roomBookings.status, ['pending', 'confirmed'])))
      .returning();
    await cancelOpenTasks(tx, ids);
    await recordAudit(
      tx,
      caller,
      {
        action: 'room_booking.cancelled',
        entityType: 'room_booking',
        entityId: id,
        before: { status: t.booking.status },
        after: { status: 'cancelled', scope: input.scope, occurrences: changed.length, reason: input.reason },
      },
      now,
    );
    const first = changed[0] ?? t.booking;
    const suffix = changed.length > 1 ? `（共 ${changed.length} 次）` : '';
    await notifyBookingParties(ctx, tx, {
      userIds: (await partiesOf(tx, changed)).filter((u) => u !== actor.id),
      type: bookingNoticeTypes.cancelled,
      text: notices.cancelled(
        t.booking.title,
        formatWhen(first.startsAt, first.endsAt, ctx.config.timeZone) + suffix,
        roomLabel(t.room),
      ),
      bookingId: first.id,
    });
    return { changed: changed.map(occurrence) };
  });
}

/** POST /api/room-bookings/:id/end — the meeting is over early; the rest of the slot is free. */
export async function endBookingEarly(ctx: AppContext, caller: Caller, id: string): Promise<Booking> {
  const actor = requireActor(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const t = await lockTarget(tx, actor, id);
    assertManage(actor, t);
    const b = t.booking;
    if (b.status !== 'confirmed' || b.startsAt >= now || b.endsAt <= now)
      throw new AppError('BOOKING_NOT_CHANGEABLE');
    await tx
      .update(roomBookings)
      .set({
        endsAt: now,
        blockedUntil: blockedUntil({ startsAt: b.startsAt, endsAt: now }, t.room),
        endedEarlyAt: now,
        updatedAt: now,
      })
      .where(eq(roomBookings.id, id));
    await recordAudit(
      tx,
      caller,
      {
        action: 'room_booking.ended_early',
        entityType: 'room_booking',
        entityId: id,
        before: { endsAt: b.endsAt.toISOString() },
        after: { endsAt: now.toISOString() },
      },
      now,
    );
  });
  const [booking] = await loadBookings(ctx, actor, { ids: [id] });
  if (!booking) throw notFound('room_booking');
  return booking;
}

/** Approve or reject the pending occurrence, or every pending occurrence of its series. */
export async function decideBooking(
  ctx: AppContext,
  caller: Caller,
  id: string,
  decision: 'approve' | 'reject',
  input: DecideBookingInput,
): Promise<ChangeResult> {
  const actor = requireActor(caller);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const t = await lockTarget(tx, actor, id);
    if (!mayApproveRoom(actor, t.room)) throw new AppError('FORBIDDEN');
    const scoped = await findScopeForUpdate(tx, t.booking, input.scope);
    const ids = scoped.filter((r) => r.status === 'pending').map((r) => r.id);
    if (ids.length === 0) throw new AppError('BOOKING_NOT_PENDING');
    const status = decision === 'approve' ? 'confirmed' : 'rejected';
    const changed = await tx
      .update(roomBookings)
      .set({
        status,
        decidedBy: actor.id,
        decidedAt: now,
        decisionReason: input.reason || null,
        holdExpiresAt: null,
        updatedAt: now,
      })
      .where(and(inArray(roomBookings.id, ids), eq(roomBookings.status, 'pending')))
      .returning();
    if (decision === 'reject') await cancelOpenTasks(tx, ids);
    await recordAudit(
      tx,
      caller,
      {
        action: decision === 'approve' ? 'room_booking.approved' : 'room_booking.rejected',
        entityType: 'room_booking',
        entityId: id,
        before: { status: 'pending' },
        after: { status, scope: input.scope, occurrences: changed.length, reason: input.reason },
      },
      now,
    );
    const first = changed[0] ?? t.booking;
    const suffix = changed.length > 1 ? `（共 ${changed.length} 次）` : '';
    const when = formatWhen(first.startsAt, first.endsAt, ctx.config.timeZone) + suffix;
    await notifyBookingParties(ctx, tx, {
      userIds: [t.booking.bookerId],
      type: decision === 'approve' ? bookingNoticeTypes.approved : bookingNoticeTypes.rejected,
      text:
        decision === 'approve'
          ? notices.approved(t.booking.title, when, roomLabel(t.room))
          : notices.rejected(t.booking.title, when, roomLabel(t.room), input.reason),
      bookingId: first.id,
    });
    return { changed: changed.map(occurrence) };
  });
}

/** A service as the audit entry records it: the kind and its note. */
interface ServiceEntry {
  kind: MeetingServiceKind;
  note: string;
}

/**
 * Makes the service tasks of the occurrences (not started, at their new times) match the wanted
 * services: an open task no longer wanted is cancelled (a done one stays done); a wanted kind that
 * is missing or was cancelled gets an open task due its lead time before the meeting; an open one
 * gets the new note. One read and at most two writes whatever the number of occurrences; the
 * service staff are told what was added.
 * Answers the target's services (open or done) before, and the wanted ones, for the audit entry.
 */
async function changeServices(
  ctx: AppContext,
  tx: Executor,
  input: {
    target: Target;
    rows: { id: string; startsAt: Date; endsAt: Date }[];
    wanted: { kind: MeetingServiceKind; note?: string | undefined }[];
    title: string;
  },
): Promise<{ before: ServiceEntry[]; after: ServiceEntry[] }> {
  const ids = input.rows.map((r) => r.id);
  const prior = await serviceTasksOf(tx, [...new Set([input.target.booking.id, ...ids])]);
  const priorOf = new Map(prior.map((task) => [`${task.bookingId}:${task.kind}`, task]));
  const wanted = input.wanted.map((s) => ({ kind: s.kind, note: s.note ?? '' }));
  const kinds = wanted.map((s) => s.kind);

  const unwanted = prior.some(
    (task) => task.status === 'open' && !kinds.includes(task.kind) && ids.includes(task.bookingId),
  );
  if (unwanted) await cancelOpenTasksExcept(tx, ids, kinds);

  const writes: Parameters<typeof upsertOpenTasks>[1] = [];
  const added = new Set<MeetingServiceKind>();
  const addedTo: typeof input.rows = [];
  for (const row of input.rows) {
    let adds = false;
    for (const s of wanted) {
      const task = priorOf.get(`${row.id}:${s.kind}`);
      if (task?.status === 'done' || (task?.status === 'open' && task.note === s.note)) continue;
      if (!task || task.status === 'cancelled') {
        added.add(s.kind);
        adds = true;
      }
      writes.push({
        bookingId: row.id,
        kind: s.kind,
        note: s.note,
        dueAt: new Date(row.startsAt.getTime() - serviceLeadMinutes[s.kind] * MINUTE_MS),
      });
    }
    if (adds) addedTo.push(row);
  }
  await upsertOpenTasks(tx, writes);

  const first = addedTo[0];
  if (first) {
    await notifyServicesAdded(ctx, tx, {
      room: input.target.room,
      title: input.title,
      first,
      occurrences: addedTo.length,
      services: kinds.filter((k) => added.has(k)),
    });
  }
  const byKind = (a: ServiceEntry, b: ServiceEntry) => a.kind.localeCompare(b.kind);
  return {
    before: prior
      .filter((task) => task.bookingId === input.target.booking.id && task.status !== 'cancelled')
      .map((task) => ({ kind: task.kind, note: task.note }))
      .sort(byKind),
    after: [...wanted].sort(byKind),
  };
}

/** A new time for each row: the new wall-clock start and length, on each occurrence's own date. */
function movedSlots(
  ctx: AppContext,
  rows: BookingRecord[],
  target: BookingRecord,
  input: UpdateBookingInput,
): Interval[] {
  const zone = ctx.config.timeZone;
  const start = input.startsAt ? new Date(input.startsAt) : target.startsAt;
  const end = input.endsAt ? new Date(input.endsAt) : target.endsAt;
  if (rows.length === 1 && rows[0]?.id === target.id) return [{ startsAt: start, endsAt: end }];
  const minuteOfDay = (wallClockAsUtc(start.getTime(), zone) % 86_400_000) / MINUTE_MS;
  const length = end.getTime() - start.getTime();
  return rows.map((r) => {
    const s = zonedInstant(dateIn(r.startsAt, zone), minuteOfDay, zone);
    return { startsAt: s, endsAt: new Date(s.getTime() + length) };
  });
}

/**
 * PATCH /api/room-bookings/:id — title, notes, attendees, external count, time and services, for
 * this occurrence, this and the following, or the whole series. Times and services change only for
 * occurrences not yet started (a started one keeps its tasks); the room's rules and the exclusion
 * constraint apply as when booking.
 */
export async function updateBooking(
  ctx: AppContext,
  caller: Caller,
  id: string,
  input: UpdateBookingInput,
  locale: Locale,
): Promise<ChangeResult> {
  const actor = requireActor(caller);
  const now = ctx.clock.now();
  const moving = input.startsAt !== undefined || input.endsAt !== undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      const t = await lockTarget(tx, actor, id);
      assertManage(actor, t);
      const rows = (await findScopeForUpdate(tx, t.booking, input.scope)).filter((r) =>
        moving ? r.startsAt > now : r.endsAt > now,
      );
      if (rows.length === 0) throw new AppError('BOOKING_NOT_CHANGEABLE');
      const ids = rows.map((r) => r.id);
      // services change only where the meeting has not started (nor been checked in early)
      const serviceRows = rows.filter((r) => r.startsAt > now && r.checkedInAt === null);
      if (input.services !== undefined && serviceRows.length === 0)
        throw new AppError('BOOKING_NOT_CHANGEABLE');
      const timesAfter = new Map<string, Interval>(rows.map((r) => [r.id, r]));
      const set: Partial<BookingRecord> = { updatedAt: now };
      if (input.title !== undefined) set.title = input.title;
      if (input.notes !== undefined) set.notes = input.notes;
      if (input.externalCount !== undefined) set.externalCount = input.externalCount;
      if (Object.keys(set).length > 1)
        await tx.update(roomBookings).set(set).where(inArray(roomBookings.id, ids));

      if (moving) {
        const slots = movedSlots(ctx, rows, t.booking, input);
        const first = slots[0] as Interval;
        if (first.endsAt <= first.startsAt) throw bookingFieldError(locale, 'body.endsAt', 'endBeforeStart');
        const minutes = (first.endsAt.getTime() - first.startsAt.getTime()) / MINUTE_MS;
        if (minutes < t.room.minMinutes || minutes > t.room.maxMinutes) {
          throw new AppError('BOOKING_DURATION_INVALID', {
            minMinutes: t.room.minMinutes,
            maxMinutes: t.room.maxMinutes,
          });
        }
        const statuses = await slotStatuses(ctx, tx, t.room, slots, { ignoreIds: ids });
        const broken = slots
          .map((s, i) => ({
            startsAt: s.startsAt.toISOString(),
            endsAt: s.endsAt.toISOString(),
            status: statuses[i] ?? 'free',
          }))
          .filter((s) => s.status !== 'free');
        if (broken.length && broken.every((s) => s.status === 'conflict')) {
          throw new AppError('ROOM_CONFLICT', {
            conflicts: broken.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
          });
        }
        if (broken.length) throw new AppError('BOOKING_RULES_VIOLATED', { occurrences: broken });
        const reapprove = t.room.requiresApproval && !mayApproveRoom(actor, t.room);
        for (const [i, row] of rows.entries()) {
          const slot = slots[i] as Interval;
          await tx
            .update(roomBookings)
            .set({
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
              blockedUntil: blockedUntil(slot, t.room),
              ...(reapprove
                ? {
                    status: 'pending',
                    holdExpiresAt: holdUntil(now, t.room.pendingHoldHours, slot.startsAt),
                  }
                : {}),
              updatedAt: now,
            })
            .where(eq(roomBookings.id, row.id));
          await shiftTasks(tx, row.id, slot.startsAt.getTime() - row.startsAt.getTime());
          timesAfter.set(row.id, slot);
        }
      }

      if (input.attendeeIds !== undefined) {
        const wanted = [...new Set(input.attendeeIds)].filter((u) => u !== t.booking.bookerId);
        if (wanted.length) {
          const found = await tx
            .select({ id: users.id })
            .from(users)
            .where(and(inArray(users.id, wanted), eq(users.active, true)));
          const known = new Set(found.map((u) => u.id));
          const missing = input.attendeeIds.findIndex((u) => u !== t.booking.bookerId && !known.has(u));
          if (missing >= 0) throw bookingFieldError(locale, `body.attendeeIds.${missing}`, 'attendeeUnknown');
        }
        await tx.delete(roomBookingAttendees).where(inArray(roomBookingAttendees.bookingId, ids));
        if (wanted.length) {
          await tx
            .insert(roomBookingAttendees)
            .values(ids.flatMap((bookingId) => wanted.map((userId) => ({ bookingId, userId }))));
        }
        const added = wanted.filter((u) => !t.attendees.includes(u));
        const first = rows[0] as BookingRecord;
        await notifyBookingParties(ctx, tx, {
          userIds: added,
          type: bookingNoticeTypes.invited,
          text: notices.invited(
            input.title ?? t.booking.title,
            formatWhen(first.startsAt, first.endsAt, ctx.config.timeZone),
            roomLabel(t.room),
          ),
          bookingId: first.id,
        });
      }
      const services =
        input.services === undefined
          ? undefined
          : await changeServices(ctx, tx, {
              target: t,
              rows: serviceRows.map((r) => ({ id: r.id, ...(timesAfter.get(r.id) as Interval) })),
              wanted: input.services,
              title: input.title ?? t.booking.title,
            });
      const { scope: _scope, services: _services, ...changes } = input;
      await recordAudit(
        tx,
        caller,
        {
          action: 'room_booking.updated',
          entityType: 'room_booking',
          entityId: id,
          before: {
            title: t.booking.title,
            startsAt: t.booking.startsAt.toISOString(),
            endsAt: t.booking.endsAt.toISOString(),
            ...(services ? { services: services.before } : {}),
          },
          after: {
            ...changes,
            scope: input.scope,
            occurrences: rows.length,
            ...(services ? { services: services.after, serviceOccurrences: serviceRows.length } : {}),
          },
        },
        now,
      );
      const after = await tx.select().from(roomBookings).where(inArray(roomBookings.id, ids));
      return { changed: after.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).map(occurrence) };
    });
  } catch (err) {
    if (sqlState(err) === '23P01') throw new AppError('ROOM_CONFLICT', { conflicts: [] });
    throw err;
  }
}
