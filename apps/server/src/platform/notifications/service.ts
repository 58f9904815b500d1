import {
  deliveryStatusSchema,
  type ListNotificationDeliveriesQuery,
  type ListNotificationsQuery,
  type Notification,
  type NotificationDelivery,
  type NotificationPreferences,
  outboundChannelSchema,
  type UpdateNotificationPreferencesInput,
} from '@houqin/contracts';
import { type Caller, requireActor, requireRole } from '../auth/actor';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { configuredChannelNames } from './channels';
import { type DeliveryRow, findDeliveryPage } from './deliveries-repository';
import { findPreferences, upsertPreferences } from './preferences-repository';
import {
  countUnreadNotifications,
  findNotificationPage,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
} from './repository';
import { listEssentialTypes } from './types';

// Policy: a user only ever reads and marks their own notifications (every query is scoped to the
// actor's id, so another user's id is simply not found); the delivery list is for sysadmins.

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    seq: row.seq,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    data: row.data && typeof row.data === 'object' ? (row.data as Record<string, unknown>) : null,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}

export async function listMyNotifications(ctx: AppContext, caller: Caller, query: ListNotificationsQuery) {
  const actor = requireActor(caller);
  const { items, total } = await findNotificationPage(ctx.db, actor.id, {
    unreadOnly: query.unreadOnly ?? false,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: items.map(toNotification), total, page: query.page, pageSize: query.pageSize };
}

export async function countMyUnread(ctx: AppContext, caller: Caller): Promise<{ count: number }> {
  const actor = requireActor(caller);
  return { count: await countUnreadNotifications(ctx.db, actor.id) };
}

export async function readNotification(ctx: AppContext, caller: Caller, id: string): Promise<Notification> {
  const actor = requireActor(caller);
  const row = await markNotificationRead(ctx.db, actor.id, id, ctx.clock.now());
  if (!row) throw notFound('notification');
  return toNotification(row);
}

export async function readAllNotifications(ctx: AppContext, caller: Caller): Promise<{ updated: number }> {
  const actor = requireActor(caller);
  return { updated: await markAllNotificationsRead(ctx.db, actor.id, ctx.clock.now()) };
}

export async function getMyPreferences(ctx: AppContext, caller: Caller): Promise<NotificationPreferences> {
  const actor = requireActor(caller);
  const prefs = await findPreferences(ctx.db, actor.id);
  return {
    channels: { inApp: true, webhook: prefs.webhookEnabled, email: prefs.emailEnabled },
    email: prefs.email,
    availableChannels: configuredChannelNames(ctx.config),
    essentialTypes: listEssentialTypes(),
  };
}

/** Changes only what the input names; in-app cannot be turned off (it is not an input). */
export async function updateMyPreferences(
  ctx: AppContext,
  caller: Caller,
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferences> {
  const actor = requireActor(caller);
  await ctx.db.transaction(async (tx) => {
    const current = await findPreferences(tx, actor.id);
    await upsertPreferences(
      tx,
      actor.id,
      {
        webhookEnabled: input.channels?.webhook ?? current.webhookEnabled,
        emailEnabled: input.channels?.email ?? current.emailEnabled,
        email: input.email === undefined ? current.email : input.email,
      },
      ctx.clock.now(),
    );
  });
  return getMyPreferences(ctx, caller);
}

function toDelivery(row: DeliveryRow): NotificationDelivery {
  return {
    ...row,
    // the table's CHECK constraints hold these to the contract's values
    channel: outboundChannelSchema.parse(row.channel),
    status: deliveryStatusSchema.parse(row.status),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Outbound deliveries with their state and last error, for whoever runs the system. */
export async function listNotificationDeliveries(
  ctx: AppContext,
  caller: Caller,
  query: ListNotificationDeliveriesQuery,
) {
  requireRole(caller, 'sysadmin');
  const { items, total } = await findDeliveryPage(
    ctx.db,
    { status: query.status, channel: query.channel },
    { page: query.page, pageSize: query.pageSize },
  );
  return { items: items.map(toDelivery), total, page: query.page, pageSize: query.pageSize };
}
