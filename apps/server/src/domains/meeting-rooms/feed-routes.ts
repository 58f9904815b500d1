import {
  calendarFeedListSchema,
  calendarFeedSchema,
  createFeedInputSchema,
  feedQuerySchema,
  idParamsSchema,
  okSchema,
} from '@houqin/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import {
  createCalendarFeed,
  listCalendarFeeds,
  readMyCalendar,
  readRoomCalendar,
  revokeCalendarFeed,
} from './feeds';

const tags = ['meeting-rooms'];
const calendarText = z.string().describe('text/calendar (RFC 5545)');

/** scheme://host[:port] the client used (behind a proxy: its X-Forwarded-* when TRUST_PROXY is on) */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** The feed is personal and changes: no shared cache may keep it, and the browser keeps no copy. */
const sendCalendar = (reply: FastifyReply, text: string) =>
  reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .header('content-disposition', 'inline; filename="calendar.ics"')
    .send(text);

/**
 * 日历订阅: manage one's subscription URLs (session), and read the feeds with a session or with
 * `?token=` alone (calendar apps send no cookie; GET needs no CSRF token).
 */
export const calendarFeedRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/me/calendar-feeds',
    { schema: { tags, response: { 200: calendarFeedListSchema } } },
    (request) => listCalendarFeeds(ctx, request.caller),
  );

  app.post(
    '/api/me/calendar-feeds',
    { schema: { tags, body: createFeedInputSchema, response: { 201: calendarFeedSchema } } },
    async (request, reply) =>
      reply.status(201).send(await createCalendarFeed(ctx, request.caller, request.body, originOf(request))),
  );

  app.delete(
    '/api/me/calendar-feeds/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await revokeCalendarFeed(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me/calendar.ics',
    { schema: { tags, querystring: feedQuerySchema, response: { 200: calendarText } } },
    async (request, reply) =>
      sendCalendar(reply, await readMyCalendar(ctx, request.caller, request.query.token)),
  );

  app.get(
    '/api/rooms/:id/calendar.ics',
    {
      schema: { tags, params: idParamsSchema, querystring: feedQuerySchema, response: { 200: calendarText } },
    },
    async (request, reply) =>
      sendCalendar(
        reply,
        await readRoomCalendar(ctx, request.caller, request.params.id, request.query.token),
      ),
  );
};
