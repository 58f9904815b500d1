import type { ChangeScope, MeetingServiceKind } from '@houqin/contracts';
import { and, asc, eq, gte, inArray, notInArray, sql } from 'drizzle-orm';
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

/** Moves the service tasks of a booking with its start (one statement, whatever the number of tasks). */
export async function shiftTasks(tx: Executor, bookingId: string, shiftMs: number): Promise<void> {
  if (shiftMs === 0) return;
  await tx
    .update(meetingServiceTasks)
    .set({
      dueAt: sql`${meetingServiceTasks.dueAt} + ${shiftMs}::double precision * interval '1 millisecond'`,
    })
    .where(eq(meetingServiceTasks.bookingId, bookingId));
}

export type ServiceTaskRecord = typeof meetingServiceTasks.$inferSelect;

export async function serviceTasksOf(db: Executor, bookingIds: string[]): Promise<ServiceTaskRecord[]> {
  if (bookingIds.length === 0) return [];
  return db
    .select()
    .from(meetingServiceTasks)
    .where(inArray(meetingServiceTasks.bookingId, bookingIds))
    .orderBy(asc(meetingServiceTasks.kind));
}

/** Open tasks of these bookings whose kind is not among `kept` are cancelled (done ones stay done). */
export async function cancelOpenTasksExcept(
  tx: Executor,
  bookingIds: string[],
  kept: MeetingServiceKind[],
): Promise<void> {
  if (bookingIds.length === 0) return;
  await tx
    .update(meetingServiceTasks)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(meetingServiceTasks.status, 'open'),
        inArray(meetingServiceTasks.bookingId, bookingIds),
        ...(kept.length ? [notInArray(meetingServiceTasks.kind, kept)] : []),
      ),
    );
}

/**
 * One statement for all of them: a task that is missing is inserted open; a cancelled one is
 * opened again with the given due time and note; an open one gets the note (its due time moved
 * with the meeting already); a done one is left as it is.
 */
export async function upsertOpenTasks(
  tx: Executor,
  tasks: { bookingId: string; kind: MeetingServiceKind; note: string; dueAt: Date }[],
): Promise<void> {
  if (tasks.length === 0) return;
  const t = meetingServiceTasks;
  await tx
    .insert(t)
    .values(tasks.map((task) => ({ ...task, status: 'open' as const })))
    .onConflictDoUpdate({
      target: [t.bookingId, t.kind],
      set: {
        note: sql`excluded.note`,
        dueAt: sql`case when ${t.status} = 'cancelled' then excluded.due_at else ${t.dueAt} end`,
        status: 'open',
        doneBy: null,
        doneAt: null,
      },
      setWhere: sql`${t.status} <> 'done'`,
    });
}
