import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../organisation/tables';
import { roomBookings, roomClosures } from './tables';

export type ClosureRecord = typeof roomClosures.$inferSelect;
export interface ClosureRow extends ClosureRecord {
  createdByName: string | null;
}

const closureColumns = {
  id: roomClosures.id,
  roomId: roomClosures.roomId,
  startsAt: roomClosures.startsAt,
  endsAt: roomClosures.endsAt,
  reason: roomClosures.reason,
  createdBy: roomClosures.createdBy,
  createdAt: roomClosures.createdAt,
  createdByName: users.displayName,
};

/** A room's closures by start, with who created them. */
export async function findClosuresOfRoom(db: Executor, roomId: string): Promise<ClosureRow[]> {
  return db
    .select(closureColumns)
    .from(roomClosures)
    .leftJoin(users, eq(users.id, roomClosures.createdBy))
    .where(eq(roomClosures.roomId, roomId))
    .orderBy(asc(roomClosures.startsAt), asc(roomClosures.id));
}

export async function findClosureRow(db: Executor, id: string): Promise<ClosureRow | undefined> {
  const [row] = await db
    .select(closureColumns)
    .from(roomClosures)
    .leftJoin(users, eq(users.id, roomClosures.createdBy))
    .where(eq(roomClosures.id, id));
  return row;
}

/** The room's closures overlapping [from, to). */
export async function findOverlappingClosures(
  tx: Executor,
  range: { roomId: string; from: Date; to: Date },
): Promise<ClosureRecord[]> {
  return tx
    .select()
    .from(roomClosures)
    .where(
      and(
        eq(roomClosures.roomId, range.roomId),
        lt(roomClosures.startsAt, range.to),
        gt(roomClosures.endsAt, range.from),
      ),
    )
    .orderBy(asc(roomClosures.startsAt));
}

export async function insertClosure(
  tx: Executor,
  values: typeof roomClosures.$inferInsert,
): Promise<ClosureRecord> {
  const [row] = await tx.insert(roomClosures).values(values).returning();
  if (!row) throw new Error('insert into room_closures returned no row');
  return row;
}

export async function findClosureForUpdate(tx: Executor, id: string): Promise<ClosureRecord | undefined> {
  const [row] = await tx.select().from(roomClosures).where(eq(roomClosures.id, id)).for('update');
  return row;
}

export async function deleteClosureById(tx: Executor, id: string): Promise<void> {
  await tx.delete(roomClosures).where(eq(roomClosures.id, id));
}

export interface AffectedBookingRow {
  id: string;
  bookerId: string;
  title: string;
  startsAt: Date;
}

/** Active (pending/confirmed) bookings of the room whose meeting overlaps [from, to), by start. */
export async function findActiveBookingsDuring(
  tx: Executor,
  range: { roomId: string; from: Date; to: Date },
): Promise<AffectedBookingRow[]> {
  return tx
    .select({
      id: roomBookings.id,
      bookerId: roomBookings.bookerId,
      title: roomBookings.title,
      startsAt: roomBookings.startsAt,
    })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, range.roomId),
        inArray(roomBookings.status, ['pending', 'confirmed']),
        lt(roomBookings.startsAt, range.to),
        gt(roomBookings.endsAt, range.from),
      ),
    )
    .orderBy(asc(roomBookings.startsAt), asc(roomBookings.id));
}
