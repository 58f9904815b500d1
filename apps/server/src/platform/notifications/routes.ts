import {
  idParamsSchema,
  listNotificationDeliveriesQuerySchema,
  listNotificationsQuerySchema,
  notificationDeliveryPageSchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  notificationSchema,
  readAllResultSchema,
  unreadCountSchema,
  updateNotificationPreferencesInputSchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context';
import { createNotificationHub } from './hub';
import {
  countMyUnread,
  getMyPreferences,
  listMyNotifications,
  listNotificationDeliveries,
  readAllNotifications,
  readNotification,
  updateMyPreferences,
} from './service';
import { notificationStreamRoute } from './stream-route';

const tags = ['notifications'];

/**
 * The signed-in user's notifications (list, unread count, mark read, preferences, live stream) and
 * the sysadmin's outbound delivery list. Open streams end when the app closes (preClose), so
 * app.close() never waits on them.
 */
export const notificationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const hub = createNotificationHub(ctx);
  app.addHook('preClose', async () => hub.stop());
  await app.register(notificationStreamRoute, { hub });

  app.get(
    '/api/notifications',
    {
      schema: { tags, querystring: listNotificationsQuerySchema, response: { 200: notificationPageSchema } },
    },
    async (request) => listMyNotifications(ctx, request.caller, request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    { schema: { tags, response: { 200: unreadCountSchema } } },
    async (request) => countMyUnread(ctx, request.caller),
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { tags, response: { 200: readAllResultSchema } } },
    async (request) => readAllNotifications(ctx, request.caller),
  );

  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParamsSchema, response: { 200: notificationSchema } } },
    async (request) => readNotification(ctx, request.caller, request.params.id),
  );

  app.get(
    '/api/notifications/preferences',
    { schema: { tags, response: { 200: notificationPreferencesSchema } } },
    async (request) => getMyPreferences(ctx, request.caller),
  );

  app.put(
    '/api/notifications/preferences',
    {
      schema: {
        tags,
        body: updateNotificationPreferencesInputSchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => updateMyPreferences(ctx, request.caller, request.body),
  );

  app.get(
    '/api/admin/notification-deliveries',
    {
      schema: {
        tags,
        querystring: listNotificationDeliveriesQuerySchema,
        response: { 200: notificationDeliveryPageSchema },
      },
    },
    async (request) => listNotificationDeliveries(ctx, request.caller, request.query),
  );
};
