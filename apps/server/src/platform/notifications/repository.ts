import { and, asc, count, desc, eq, gt, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notificationCounters, notifications } from './tables';

export interface NotificationRow {
  id: string;
  seq: number;
  type: string;
  title: string;
  body: string;
  link: string | null;
  data: unknown;
  createdAt: Date;
  readAt: Date | null;
}

const rowColumns = {
  id: notifications.id,
  seq: notifications.seq,
  type: notifications.type,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  data: notifications.data,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
};

/** Every query is scoped to its user: nobody reaches another user's notifications. */
const own = (userId: string, extra?: SQL) => and(eq(notifications.userId, userId), extra);

/** Newest first (seq grows per user). */
export async function findNotificationPage(
  db: Executor,
  userId: string,
  options: { unreadOnly: boolean; page: number; pageSize: number },
): Promise<{ items: NotificationRow[]; total: number }> {
  const where = own(userId, options.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [totalRow] = await db.select({ n: count() }).from(notifications).where(where);
  const items = await db
    .select(rowColumns)
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.seq))
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
  return { items, total: totalRow?.n ?? 0 };
}

export async function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(own(userId, isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's notifications read (keeps the first read time); undefined if not theirs. */
export async function markNotificationRead(
  db: Executor,
  userId: string,
  id: string,
  at: Date,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(own(userId, eq(notifications.id, id)))
    .returning(rowColumns);
  return row;
}

export async function markAllNotificationsRead(db: Executor, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(own(userId, isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** The user's notifications after a seq, oldest first: what a stream sends next. */
export async function findNotificationsAfter(
  db: Executor,
  userId: string,
  afterSeq: number,
  limit: number,
): Promise<NotificationRow[]> {
  return db
    .select(rowColumns)
    .from(notifications)
    .where(own(userId, gt(notifications.seq, afterSeq)))
    .orderBy(asc(notifications.seq))
    .limit(limit);
}

/** The last seq given to the user (0 before the first notification). */
export async function findLastSeq(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ lastSeq: notificationCounters.lastSeq })
    .from(notificationCounters)
    .where(eq(notificationCounters.userId, userId));
  return row?.lastSeq ?? 0;
}
