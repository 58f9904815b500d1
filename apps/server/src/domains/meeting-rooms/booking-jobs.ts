import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { recordAudit } from '../../platform/audit/record';
import { systemCaller } from '../../platform/auth/actor';
import type { AppContext } from '../../platform/context';
import { defineRecurringJob } from '../../platform/scheduler';
import { notices } from './booking-messages';
import { bookingNoticeTypes, formatWhen, notifyBookingParties } from './booking-notices';
import { attendeeIdsOf, cancelOpenTasks } from './booking-repository';

export const RELEASE_NO_SHOWS_JOB = 'meeting-rooms.release-no-shows';
export const EXPIRE_PENDING_JOB = 'meeting-rooms.expire-pending';

interface Freed {
  id: string;
  title: string;
  booker_id: string;
  starts_at: string;
  ends_at: string;
  room: string;
}

/** The rows a job freed, with what their notices need. */
const freedColumns = sql`b.id, b.title, b.booker_id, b.starts_at, b.ends_at,
  (select bl.name || f.name || ' ' || r.name from rooms r join buildings bl on bl.id = r.building_id
   join floors f on f.id = r.floor_id where r.id = b.room_id) as room`;

async function afterFreeing(
  ctx: AppContext,
  tx: Executor,
  rows: Freed[],
  kind: 'released' | 'expired',
): Promise<void> {
  const now = ctx.clock.now();
  const attendees = await attendeeIdsOf(
    tx,
    rows.map((r) => r.id),
  );
  await cancelOpenTasks(
    tx,
    rows.map((r) => r.id),
  );
  for (const row of rows) {
    const when = formatWhen(new Date(row.starts_at), new Date(row.ends_at), ctx.config.timeZone);
    await recordAudit(
      tx,
      systemCaller,
      {
        action: kind === 'released' ? 'room_booking.released' : 'room_booking.expired',
        entityType: 'room_booking',
        entityId: row.id,
        after: { status: kind },
      },
      now,
    );
    await notifyBookingParties(ctx, tx, {
      userIds: kind === 'released' ? [row.booker_id, ...(attendees.get(row.id) ?? [])] : [row.booker_id],
      type: kind === 'released' ? bookingNoticeTypes.released : bookingNoticeTypes.expired,
      text:
        kind === 'released'
          ? notices.released(row.title, when, row.room)
          : notices.expired(row.title, when, row.room),
      bookingId: row.id,
    });
  }
}

/**
 * 未签到释放: confirmed bookings that need check-in and have none by their room's no-show minutes
 * after the start are released, attendees told. One conditional UPDATE: a check-in racing with it
 * either lands first (and the row no longer matches) or finds the row released.
 */
export async function releaseNoShows(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await queryRows<Freed>(
      tx,
      sql`update room_bookings b set status = 'released', updated_at = ${now}
        from meeting_rooms m
        where m.room_id = b.room_id and b.status = 'confirmed' and b.check_in_required
          and b.checked_in_at is null
          and b.starts_at + make_interval(mins => m.no_show_minutes) <= ${now}
        returning ${freedColumns}`,
    );
    await afterFreeing(ctx, tx, rows, 'released');
    return rows.length;
  });
}

/** Pending bookings whose hold ran out free their slot; the booker is told. */
export async function expirePendingHolds(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const rows = await queryRows<Freed>(
      tx,
      sql`update room_bookings b set status = 'expired', updated_at = ${now}
        where b.status = 'pending' and b.hold_expires_at <= ${now}
        returning ${freedColumns}`,
    );
    await afterFreeing(ctx, tx, rows, 'expired');
    return rows.length;
  });
}

defineRecurringJob(RELEASE_NO_SHOWS_JOB, '* * * * *', async ({ ctx }) => {
  await releaseNoShows(ctx);
});
defineRecurringJob(EXPIRE_PENDING_JOB, '* * * * *', async ({ ctx }) => {
  await expirePendingHolds(ctx);
});
