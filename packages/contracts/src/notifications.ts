import { z } from 'zod';
import { pageOf, paginationQuerySchema } from './common';

/** Outbound channels a deployment can turn on (in-app is always on and is not listed). */
export const outboundChannels = ['webhook', 'email'] as const;
export const outboundChannelSchema = z.enum(outboundChannels);
export type OutboundChannelName = z.infer<typeof outboundChannelSchema>;

/** One in-app notification as its recipient sees it; `seq` grows per user and is the SSE event id. */
export const notificationSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  /** e.g. "room.booking_approved"; modules add their own */
  type: z.string(),
  title: z.string(),
  body: z.string(),
  /** an in-app path to open on tap, e.g. "/rooms/bookings/…" */
  link: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = paginationQuerySchema.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuerySchema>;

export const notificationPageSchema = pageOf(notificationSchema);
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ count: z.number().int() });
export const readAllResultSchema = z.object({ updated: z.number().int() });

/** SSE reconnects: EventSource sends the Last-Event-ID header; a fresh EventSource may pass it here. */
export const notificationStreamQuerySchema = z.strictObject({
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
});

export const notificationPreferencesSchema = z.object({
  /** in-app is always on; outbound channels as the user set them (default on) */
  channels: z.object({ inApp: z.literal(true), webhook: z.boolean(), email: z.boolean() }),
  /** where e-mail notifications go (users have no e-mail on their record) */
  email: z.string().nullable(),
  /** the outbound channels this deployment has configured */
  availableChannels: z.array(outboundChannelSchema),
  /** types delivered on every available channel whatever the settings */
  essentialTypes: z.array(z.string()),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesInputSchema = z.strictObject({
  channels: z.strictObject({ webhook: z.boolean().optional(), email: z.boolean().optional() }).optional(),
  email: z.email().max(254).nullable().optional(),
});
export type UpdateNotificationPreferencesInput = z.infer<typeof updateNotificationPreferencesInputSchema>;

export const deliveryStatuses = ['pending', 'sent', 'failed'] as const;
export const deliveryStatusSchema = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

/** An outbound delivery as the sysadmin console lists it (no title, body or address: only what failed). */
export const notificationDeliverySchema = z.object({
  id: z.string(),
  notificationId: z.string(),
  type: z.string(),
  channel: outboundChannelSchema,
  userId: z.string(),
  userDisplayName: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NotificationDelivery = z.infer<typeof notificationDeliverySchema>;

export const listNotificationDeliveriesQuerySchema = paginationQuerySchema.extend({
  status: deliveryStatusSchema.optional(),
  channel: outboundChannelSchema.optional(),
});
export type ListNotificationDeliveriesQuery = z.infer<typeof listNotificationDeliveriesQuerySchema>;

export const notificationDeliveryPageSchema = pageOf(notificationDeliverySchema);
