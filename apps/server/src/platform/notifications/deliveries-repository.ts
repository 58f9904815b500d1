import type { DeliveryStatus, OutboundChannelName } from '@houqin/contracts';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../domains/organisation/tables';
import { notificationDeliveries, notificationPreferences, notifications } from './tables';

/** A delivery with what its channel needs to send it. */
export interface DeliveryToSend {
  id: string;
  channel: OutboundChannelName;
  status: DeliveryStatus;
  notification: {
    id: string;
    seq: number;
    type: string;
    title: string;
    body: string;
    link: string | null;
    data: unknown;
    createdAt: Date;
  };
  recipient: { userId: string; username: string; employeeCode: string | null; email: string | null };
}

export async function findDeliveryToSend(db: Executor, id: string): Promise<DeliveryToSend | undefined> {
  const [row] = await db
    .select({
      id: notificationDeliveries.id,
      channel: notificationDeliveries.channel,
      status: notificationDeliveries.status,
      notification: {
        id: notifications.id,
        seq: notifications.seq,
        type: notifications.type,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        data: notifications.data,
        createdAt: notifications.createdAt,
      },
      recipient: {
        userId: users.id,
        username: users.username,
        employeeCode: users.employeeCode,
        email: notificationPreferences.email,
      },
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .innerJoin(users, eq(users.id, notificationDeliveries.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, notificationDeliveries.userId))
    .where(eq(notificationDeliveries.id, id));
  if (!row) return undefined;
  return {
    ...row,
    channel: row.channel as OutboundChannelName,
    status: row.status as DeliveryStatus,
  };
}

export async function markDeliverySent(db: Executor, id: string, attempts: number, at: Date): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({ status: 'sent', attempts, lastError: null, sentAt: at, updatedAt: at })
    .where(eq(notificationDeliveries.id, id));
}

/** Records a failed attempt; `final` marks the delivery failed (no more retries). */
export async function recordDeliveryFailure(
  db: Executor,
  id: string,
  failure: { attempts: number; error: string; final: boolean; at: Date },
): Promise<void> {
  await db
    .update(notificationDeliveries)
    .set({
      status: failure.final ? 'failed' : 'pending',
      attempts: failure.attempts,
      lastError: failure.error,
      updatedAt: failure.at,
    })
    .where(eq(notificationDeliveries.id, id));
}

export interface DeliveryRow {
  id: string;
  notificationId: string;
  type: string;
  channel: string;
  userId: string;
  userDisplayName: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Newest first, for the sysadmin console. */
export async function findDeliveryPage(
  db: Executor,
  filter: { status?: DeliveryStatus; channel?: OutboundChannelName },
  paging: { page: number; pageSize: number },
): Promise<{ items: DeliveryRow[]; total: number }> {
  const where: SQL | undefined = and(
    filter.status ? eq(notificationDeliveries.status, filter.status) : undefined,
    filter.channel ? eq(notificationDeliveries.channel, filter.channel) : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(notificationDeliveries).where(where);
  const items = await db
    .select({
      id: notificationDeliveries.id,
      notificationId: notificationDeliveries.notificationId,
      type: notifications.type,
      channel: notificationDeliveries.channel,
      userId: notificationDeliveries.userId,
      userDisplayName: users.displayName,
      status: notificationDeliveries.status,
      attempts: notificationDeliveries.attempts,
      lastError: notificationDeliveries.lastError,
      createdAt: notificationDeliveries.createdAt,
      updatedAt: notificationDeliveries.updatedAt,
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .innerJoin(users, eq(users.id, notificationDeliveries.userId))
    .where(where)
    .orderBy(desc(notificationDeliveries.createdAt), desc(notificationDeliveries.id))
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  return { items, total: totalRow?.n ?? 0 };
}
