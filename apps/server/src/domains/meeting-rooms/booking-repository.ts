import type { ChangeScope } from '@houqin/contracts';
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { meetingServiceTasks, roomBookingAttendees, roomBookings } from './tables';

export type BookingRecord = typeof roomBookings.$inferSelect;

/** The booking, locked for the change about to be made. */
export async function findBookingForUpdate(tx: Executor, id: string): Promise<BookingRecord | undefined> {
  const [row] = await tx.select().from(roomBookings).where(eq(roomBookings.id, id)).for('update');
  return row;
}

/**
 * The active (pending/confirmed) occurrences a change to `booking` with `scope` reaches, locked:
 * this one, this and the later ones of its series, or the whole series.
 */
export async function findScopeForUpdate(
  tx: Executor,
  booking: BookingRecord,
  scope: ChangeScope | 'series',
): Promise<BookingRecord[]> {
  if (scope === 'this' || !booking.seriesId) {
    return booking.status === 'pending' || booking.status === 'confirmed' ? [booking] : [];
  }
  return tx
    .select()
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.seriesId, booking.seriesId),
        inArray(roomBookings.status, ['pending', 'confirmed']),
        ...(scope === 'following' ? [gte(roomBookings.startsAt, booking.startsAt)] : []),
      ),
    )
    .orderBy(asc(roomBookings.startsAt))
    .for('update');
}

export async function attendeeIdsOf(db: Executor, bookingIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (bookingIds.length === 0) return map;
  const rows = await db
    .select({ bookingId: roomBookingAttendees.bookingId, userId: roomBookingAttendees.userId })
    .from(roomBookingAttendees)
    .where(inArray(roomBookingAttendees.bookingId, bookingIds));
  for (const r of rows) map.set(r.bookingId, [...(map.get(r.bookingId) ?? []), r.userId]);
  return map;
}

/** Open service tasks of bookings that no longer take place are cancelled with them. */
export async function cancelOpenTasks(tx: Executor, bookingIds: string[]): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx
    .update(meetingServiceTasks)
    .set({ status: 'cancelled' })
    .where(and(eq(meetingServiceTasks.status, 'open'), inArray(meetingServiceTasks.bookingId, bookingIds)));
}
