import type {
  CreateBookingInput,
  CreateBookingResult,
  MeetingServiceKind,
  PreviewResult,
  Slot,
  SlotStatus,
} from '@houqin/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import { type Actor, type Caller, requireActor } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { AppError, sqlState } from '../../platform/errors';
import type { Locale } from '../../platform/i18n';
import { users } from '../organisation/tables';
import { bookingFieldError } from './booking-messages';
import { notifyBookingCreated } from './booking-notices';
import { planBooking } from './booking-plan';
import {
  blockedUntil,
  findTakenBetween,
  heldHoursInWeek,
  hoursByWeek,
  type Interval,
  slotStatuses,
  spanOf,
  statusesFrom,
} from './booking-rules';
import { mayApproveRoom } from './policy';
import { lockRoomForBooking, type MeetingRoomRow } from './rooms-repository';
import { bookingSeries, meetingServiceTasks, roomBookingAttendees, roomBookings } from './tables';

/** A pending booking holds its slot for the room's hold hours, but never past its own start. */
export const holdUntil = (now: Date, hours: number, startsAt: Date): Date =>
  new Date(Math.min(now.getTime() + hours * 3_600_000, startsAt.getTime()));

/** How long before the meeting each service must be ready. */
export const serviceLeadMinutes: Record<MeetingServiceKind, number> = {
  tea: 15,
  name_cards: 30,
  av_setup: 30,
  banner: 60,
};

const toSlot = (slot: Interval, status: SlotStatus): Slot => ({
  startsAt: slot.startsAt.toISOString(),
  endsAt: slot.endsAt.toISOString(),
  status,
});

/** POST /api/room-bookings/preview: every occurrence and why it can or cannot be booked. */
export async function previewBooking(
  ctx: AppContext,
  caller: Caller,
  input: CreateBookingInput,
  locale: Locale,
): Promise<PreviewResult> {
  const actor = requireActor(caller);
  const plan = await planBooking(ctx, actor, input, locale);
  const statuses = await slotStatuses(ctx, ctx.db, plan.room, plan.slots);
  const all = [
    ...plan.slots.map((s, i) => toSlot(s, statuses[i] ?? 'free')),
    ...plan.nonWorkdays.map((s) => toSlot(s, 'non_workday')),
  ];
  return { occurrences: all.sort((a, b) => a.startsAt.localeCompare(b.startsAt)) };
}

const conflictError = (slots: Interval[]) =>
  new AppError('ROOM_CONFLICT', {
    conflicts: slots.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
  });

const rulesError = (slots: Slot[]) => new AppError('BOOKING_RULES_VIOLATED', { occurrences: slots });

async function activeAttendees(
  ctx: AppContext,
  actor: Actor,
  ids: string[],
  locale: Locale,
): Promise<string[]> {
  const wanted = [...new Set(ids)].filter((id) => id !== actor.id);
  if (wanted.length === 0) return [];
  const found = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.active, true)));
  const known = new Set(found.map((u) => u.id));
  const missing = ids.findIndex((id) => id !== actor.id && !known.has(id));
  if (missing >= 0) throw bookingFieldError(locale, `body.attendeeIds.${missing}`, 'attendeeUnknown');
  return wanted;
}

/**
 * The per-person weekly quota, counted under a transaction-scoped advisory lock on (room, person)
 * so two parallel requests of one person cannot both fit under it.
 */
async function assertQuota(
  ctx: AppContext,
  tx: Executor,
  room: MeetingRoomRow,
  actor: Actor,
  slots: Interval[],
) {
  if (room.quotaHoursPerWeek === null) return;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`room-quota:${room.roomId}:${actor.id}`}, 0))`,
  );
  for (const [monday, hours] of hoursByWeek(slots, ctx.config.timeZone)) {
    const held = await heldHoursInWeek(ctx, tx, room.roomId, actor.id, monday);
    if (held + hours > room.quotaHoursPerWeek + 1e-9) {
      throw new AppError('BOOKING_QUOTA_EXCEEDED', {
        week: monday,
        quotaHours: room.quotaHoursPerWeek,
        heldHours: held,
      });
    }
  }
}

interface Inserted {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: 'pending' | 'confirmed';
}

/**
 * POST /api/room-bookings. The rules are checked first for a clear answer; the exclusion
 * constraint decides between parallel requests: one insert wins, the others get ROOM_CONFLICT.
 * A series is all-or-nothing unless skipConflicts, which inserts with ON CONFLICT DO NOTHING and
 * reports what it left out.
 */
export async function createBooking(
  ctx: AppContext,
  caller: Caller,
  input: CreateBookingInput,
  locale: Locale,
): Promise<CreateBookingResult> {
  const actor = requireActor(caller);
  // outside the transaction: the room, the occurrences and the time rules (the calendar reads go
  // through the shared cache; inside, they would need a second pool connection per booking)
  const plan = await planBooking(ctx, actor, input, locale);
  const timeStatuses = await statusesFrom(ctx, plan.room, plan.slots, [], []);
  const attendeeIds = await activeAttendees(ctx, actor, input.attendeeIds, locale);
  const now = ctx.clock.now();
  const skipped: Slot[] = plan.nonWorkdays.map((slot) => toSlot(slot, 'non_workday'));
  let wanted: Interval[] = plan.slots;
  let status: 'pending' | 'confirmed' = 'confirmed';

  let inserted: Inserted[];
  let seriesId: string | null = null;
  try {
    ({ inserted, seriesId } = await ctx.db.transaction(async (tx) => {
      // one round trip: the room again, held FOR SHARE against a closure being created, and its
      // closures; a series also reads the bookings it may collide with, to say which
      const span = plan.slots.length > 0 ? spanOf(plan.slots, plan.room) : null;
      const locked = span ? await lockRoomForBooking(tx, plan.room.roomId, span) : undefined;
      const room = locked ?? plan.room;
      const taken =
        span && (input.rrule || input.skipConflicts) ? await findTakenBetween(tx, room.roomId, span) : [];
      const held = await statusesFrom(ctx, room, plan.slots, locked?.closures ?? [], taken, {
        checkTimeRules: false,
      });
      const statuses = plan.slots.map(
        (_, i) => (timeStatuses[i] !== 'free' ? timeStatuses[i] : held[i]) ?? 'free',
      );
      if (input.skipConflicts) {
        wanted = plan.slots.filter((_, i) => statuses[i] === 'free');
        plan.slots.forEach((slot, i) => {
          if (statuses[i] !== 'free') skipped.push(toSlot(slot, statuses[i] ?? 'conflict'));
        });
      }
      const broken = plan.slots
        .map((slot, i) => toSlot(slot, statuses[i] ?? 'free'))
        .filter((slot) => slot.status !== 'free');
      if (wanted.length === 0 || (!input.skipConflicts && broken.length > 0)) {
        // left-out non-workdays are not errors, unless nothing else was asked for
        const all = broken.length > 0 ? broken : plan.nonWorkdays.map((slot) => toSlot(slot, 'non_workday'));
        if (all.length > 0 && all.every((slot) => slot.status === 'conflict')) {
          throw conflictError(
            all.map((slot) => ({ startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) })),
          );
        }
        throw rulesError(all.sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
      }
      status = room.requiresApproval && !mayApproveRoom(actor, room) ? 'pending' : 'confirmed';
      await assertQuota(ctx, tx, room, actor, wanted);
      let series: string | null = null;
      if (input.rrule) {
        const [s] = await tx
          .insert(bookingSeries)
          .values({
            roomId: room.roomId,
            rrule: input.rrule.toUpperCase(),
            bookerId: actor.id,
            createdAt: now,
          })
          .returning({ id: bookingSeries.id });
        series = s?.id ?? null;
      }
      const rows = wanted.map((slot) => ({
        roomId: room.roomId,
        seriesId: series,
        bookerId: actor.id,
        unitId: actor.unitId,
        title: input.title,
        notes: input.notes,
        externalCount: input.externalCount,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        blockedUntil: blockedUntil(slot, room),
        status,
        checkInRequired: room.checkInRequired,
        holdExpiresAt: status === 'pending' ? holdUntil(now, room.pendingHoldHours, slot.startsAt) : null,
        createdAt: now,
        updatedAt: now,
      }));
      const returning = {
        id: roomBookings.id,
        startsAt: roomBookings.startsAt,
        endsAt: roomBookings.endsAt,
        status: roomBookings.status,
      };
      const query = tx.insert(roomBookings).values(rows);
      const done = (await (input.skipConflicts ? query.onConflictDoNothing() : query).returning(
        returning,
      )) as Inserted[];
      if (done.length === 0) throw conflictError(wanted);
      if (done.length < wanted.length) {
        const got = new Set(done.map((d) => d.startsAt.getTime()));
        for (const slot of wanted)
          if (!got.has(slot.startsAt.getTime())) skipped.push(toSlot(slot, 'conflict'));
      }
      if (attendeeIds.length) {
        await tx
          .insert(roomBookingAttendees)
          .values(done.flatMap((b) => attendeeIds.map((userId) => ({ bookingId: b.id, userId }))));
      }
      if (input.services.length) {
        await tx.insert(meetingServiceTasks).values(
          done.flatMap((b) =>
            input.services.map((s) => ({
              bookingId: b.id,
              kind: s.kind,
              note: s.note ?? '',
              dueAt: new Date(b.startsAt.getTime() - serviceLeadMinutes[s.kind] * 60_000),
            })),
          ),
        );
      }
      const first = done[0];
      if (!first) throw conflictError(wanted);
      await recordAudit(
        tx,
        caller,
        {
          action: 'room_booking.created',
          entityType: 'room_booking',
          entityId: first.id,
          after: {
            roomId: room.roomId,
            title: input.title,
            status,
            seriesId: series,
            rrule: input.rrule ?? null,
            occurrences: done.length,
            startsAt: first.startsAt.toISOString(),
            endsAt: first.endsAt.toISOString(),
            attendees: attendeeIds.length,
            services: input.services.map((s) => s.kind),
          },
        },
        now,
      );
      await notifyBookingCreated(ctx, tx, {
        actor,
        room,
        title: input.title,
        first,
        occurrences: done.length,
        attendeeIds,
        pending: status === 'pending',
        services: input.services.map((s) => s.kind),
      });
      return { inserted: done, seriesId: series };
    }));
  } catch (err) {
    if (sqlState(err) === '23P01') throw await conflictsNow(ctx, plan.room, wanted);
    throw err;
  }

  const firstBooking = inserted[0] as Inserted;
  return {
    id: firstBooking.id,
    seriesId,
    status: firstBooking.status,
    occurrences: inserted
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((b) => ({
        id: b.id,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        status: b.status,
      })),
    skipped: skipped.sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  };
}

/** After losing a race: which of our occurrences the winners now hold. */
async function conflictsNow(ctx: AppContext, room: MeetingRoomRow, slots: Interval[]): Promise<AppError> {
  const statuses = await slotStatuses(ctx, ctx.db, room, slots, { checkTimeRules: false });
  const conflicting = slots.filter((_, i) => statuses[i] === 'conflict');
  return conflictError(conflicting.length ? conflicting : slots);
}
