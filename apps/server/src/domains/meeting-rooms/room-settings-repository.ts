import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files } from '../../platform/files/tables';
import { units, users } from '../organisation/tables';
import { rooms } from '../spaces/tables';
import type { MeetingRoomRecord } from './rooms-repository';
import { meetingRoomApprovers, meetingRooms } from './tables';

export type MeetingRoomValues = Omit<MeetingRoomRecord, 'roomId' | 'createdAt' | 'updatedAt'>;

/**
 * The space room, locked (FOR NO KEY UPDATE): it cannot be deleted meanwhile, and two settings
 * writes for one room run one after the other (the first creates the meeting room, the second updates it).
 */
export async function findSpaceRoomForSettings(
  tx: Executor,
  roomId: string,
): Promise<{ id: string; use: string } | undefined> {
  const [row] = await tx
    .select({ id: rooms.id, use: rooms.use })
    .from(rooms)
    .where(eq(rooms.id, roomId))
    .for('no key update');
  return row;
}

export async function findMeetingRoomForUpdate(
  tx: Executor,
  roomId: string,
): Promise<MeetingRoomRecord | undefined> {
  const [row] = await tx.select().from(meetingRooms).where(eq(meetingRooms.roomId, roomId)).for('update');
  return row;
}

export async function insertMeetingRoom(
  tx: Executor,
  values: typeof meetingRooms.$inferInsert,
): Promise<MeetingRoomRecord> {
  const [row] = await tx.insert(meetingRooms).values(values).returning();
  if (!row) throw new Error('insert into meeting_rooms returned no row');
  return row;
}

export async function updateMeetingRoomById(
  tx: Executor,
  roomId: string,
  set: Partial<MeetingRoomRecord>,
): Promise<void> {
  await tx.update(meetingRooms).set(set).where(eq(meetingRooms.roomId, roomId));
}

export async function findApproverIdsOf(tx: Executor, roomId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: meetingRoomApprovers.userId })
    .from(meetingRoomApprovers)
    .where(eq(meetingRoomApprovers.roomId, roomId))
    .orderBy(asc(meetingRoomApprovers.userId));
  return rows.map((r) => r.userId);
}

export async function replaceApprovers(tx: Executor, roomId: string, userIds: string[]): Promise<void> {
  await tx.delete(meetingRoomApprovers).where(eq(meetingRoomApprovers.roomId, roomId));
  if (userIds.length > 0) {
    await tx.insert(meetingRoomApprovers).values(userIds.map((userId) => ({ roomId, userId })));
  }
}

/** Of the given ids, those of active users (held FOR KEY SHARE so they stay while referenced). */
export async function findActiveUserIdsForShare(tx: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true)))
    .for('key share');
  return new Set(rows.map((r) => r.id));
}

export async function findExistingUnitIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: units.id }).from(units).where(inArray(units.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Display names of users by id (approvers of the listed rooms). */
/** The files type of meeting-room photos (platform/files attachments; the catalog trigger watches it too). */
export const MEETING_ROOM_FILES = 'meeting_room';

export async function findUserNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export interface RoomPhotoRow {
  roomId: string;
  id: string;
  hasThumbnail: boolean;
}

/** The photos attached to the listed rooms, oldest first: one query for any number of rooms. */
export async function findRoomPhotos(
  db: Executor,
  roomIds: string[],
  entityType: string,
): Promise<RoomPhotoRow[]> {
  if (roomIds.length === 0) return [];
  const rows = await db
    .select({ roomId: files.attachedId, id: files.id, thumbnailBytes: files.thumbnailBytes })
    .from(files)
    .where(and(eq(files.attachedType, entityType), inArray(files.attachedId, roomIds)))
    .orderBy(asc(files.createdAt), asc(files.id));
  return rows.map((r) => ({ roomId: r.roomId ?? '', id: r.id, hasThumbnail: r.thumbnailBytes !== null }));
}
