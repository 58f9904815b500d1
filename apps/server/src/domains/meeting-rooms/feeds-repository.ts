import type { Role } from '@houqin/contracts';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/auth/actor';
import { notificationPreferences } from '../../platform/notifications/tables';
import { users } from '../organisation/tables';
import { rooms } from '../spaces/tables';
import { calendarFeeds, roomBookings } from './tables';

export type CalendarFeedRecord = typeof calendarFeeds.$inferSelect;
export type CalendarFeedRow = CalendarFeedRecord & { roomName: string | null };

export interface FeedKey {
  userId: string;
  scope: 'me' | 'room';
  roomId: string | null;
}

const sameKey = (key: FeedKey) =>
  and(
    eq(calendarFeeds.userId, key.userId),
    eq(calendarFeeds.scope, key.scope),
    key.roomId === null ? isNull(calendarFeeds.roomId) : eq(calendarFeeds.roomId, key.roomId),
  );

/**
 * Serializes feed creation per user until the transaction ends: two regenerations at once would
 * otherwise both revoke the old feed and the second insert would break the one-live-feed index.
 */
export async function lockFeedsOfUser(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`calendar_feeds:${userId}`}, 0))`);
}

/** Revokes the live feed of this user and scope (and room), if any; returns the revoked ids. */
export async function revokeLiveFeeds(tx: Executor, key: FeedKey, at: Date): Promise<string[]> {
  const rows = await tx
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(sameKey(key), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.map((r) => r.id);
}

export async function insertCalendarFeed(
  tx: Executor,
  values: typeof calendarFeeds.$inferInsert,
): Promise<CalendarFeedRecord> {
  const [row] = await tx.insert(calendarFeeds).values(values).returning();
  if (!row) throw new Error('insert into calendar_feeds returned no row');
  return row;
}

const feedColumns = {
  id: calendarFeeds.id,
  userId: calendarFeeds.userId,
  scope: calendarFeeds.scope,
  roomId: calendarFeeds.roomId,
  tokenHash: calendarFeeds.tokenHash,
  createdAt: calendarFeeds.createdAt,
  revokedAt: calendarFeeds.revokedAt,
  roomName: rooms.name,
};

/** A user's live feeds, their own first, then rooms by name. */
export async function findLiveFeedsOfUser(db: Executor, userId: string): Promise<CalendarFeedRow[]> {
  return db
    .select(feedColumns)
    .from(calendarFeeds)
    .leftJoin(rooms, eq(rooms.id, calendarFeeds.roomId))
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(asc(calendarFeeds.scope), asc(rooms.name), asc(calendarFeeds.createdAt));
}

/** Revokes one live feed if it is this user's; returns it as it was, or undefined. */
export async function revokeFeedOfUser(
  tx: Executor,
  id: string,
  userId: string,
  at: Date,
): Promise<CalendarFeedRecord | undefined> {
  const [row] = await tx
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning();
  return row;
}

export interface FeedOwner {
  feed: CalendarFeedRecord;
  actor: Actor;
}

/** The live feed with this token hash and its owner, who must still be an active user. One query. */
export async function findLiveFeedByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<FeedOwner | undefined> {
  const [row] = await db
    .select({
      feed: calendarFeeds,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      unitId: users.unitId,
      roles: users.roles,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(
      and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt), eq(users.active, true)),
    );
  if (!row) return undefined;
  const { feed, roles, ...actor } = row;
  return { feed, actor: { ...actor, roles: roles as Role[] } };
}

/** E-mail addresses users gave for notifications (ORGANIZER of their events), by user id. */
export async function findNotificationEmails(db: Executor, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: notificationPreferences.userId, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(inArray(notificationPreferences.userId, userIds), isNotNull(notificationPreferences.email)));
  return new Map(rows.flatMap((r) => (r.email ? [[r.userId, r.email] as const] : [])));
}

/**
 * When each booking was last changed (the contract's Booking has no updatedAt); the feed derives
 * SEQUENCE and LAST-MODIFIED from it.
 */
export async function findBookingUpdateTimes(db: Executor, ids: string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: roomBookings.id, updatedAt: roomBookings.updatedAt })
    .from(roomBookings)
    .where(inArray(roomBookings.id, ids));
  return new Map(rows.map((r) => [r.id, r.updatedAt]));
}
