import {
  availabilityQuerySchema,
  availabilitySchema,
  closureCreatedSchema,
  closureListSchema,
  createClosureInputSchema,
  idParamsSchema,
  idSchema,
  listMeetingRoomsQuerySchema,
  meetingRoomListSchema,
  meetingRoomSchema,
  meetingRoomSettingsInputSchema,
  okSchema,
  roomScheduleQuerySchema,
  roomScheduleSchema,
  roomStatsQuerySchema,
  roomStatsSchema,
  serviceTaskListSchema,
  serviceTaskSchema,
  serviceTasksQuerySchema,
} from '@houqin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { pickLocale } from '../../platform/i18n';
import { getAvailability, getRoomSchedule } from './availability';
import { createClosure, deleteClosure, listClosures } from './closures';
import { roomCheckInQr } from './room-label';
import { getMeetingRoom, listAdminMeetingRooms, listMeetingRooms, saveMeetingRoom } from './rooms-service';
import { completeServiceTask, listServiceTasks } from './service-tasks';
import { getRoomStatistics } from './statistics';
import { sendStatisticsWorkbook } from './statistics-export';

const tags = ['meeting-rooms'];
const roomParamsSchema = z.strictObject({ roomId: idSchema });
const spreadsheetSchema = z
  .string()
  .describe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
const svgSchema = z.string().describe('image/svg+xml');

const localeOf = (request: FastifyRequest) => pickLocale(request.headers['accept-language']);

/** Where the staff app is reached: the configured link base, else the address this request came to. */
function originOf(ctx: AppContext, request: FastifyRequest): string {
  return ctx.config.notifications.linkBaseUrl ?? `${request.protocol}://${request.host}`;
}

/**
 * 会议室: finding rooms and their availability (every signed-in user); room policies, closures,
 * check-in labels and statistics (console); meeting-service tasks (room staff). Bookings have
 * their own routes.
 */
export const meetingRoomRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/rooms',
    { schema: { tags, querystring: listMeetingRoomsQuerySchema, response: { 200: meetingRoomListSchema } } },
    (request) => listMeetingRooms(ctx, request.caller, request.query),
  );
  app.get(
    '/api/rooms/availability',
    { schema: { tags, querystring: availabilityQuerySchema, response: { 200: availabilitySchema } } },
    (request) => getAvailability(ctx, request.caller, request.query, localeOf(request)),
  );
  app.get(
    '/api/rooms/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: meetingRoomSchema } } },
    (request) => getMeetingRoom(ctx, request.caller, request.params.id),
  );
  app.get(
    '/api/rooms/:id/schedule',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: roomScheduleQuerySchema,
        response: { 200: roomScheduleSchema },
      },
    },
    (request) => getRoomSchedule(ctx, request.caller, request.params.id, request.query, localeOf(request)),
  );

  app.get(
    '/api/admin/meeting-rooms',
    { schema: { tags, response: { 200: meetingRoomListSchema } } },
    (request) => listAdminMeetingRooms(ctx, request.caller),
  );
  app.put(
    '/api/admin/meeting-rooms/:roomId',
    {
      schema: {
        tags,
        params: roomParamsSchema,
        body: meetingRoomSettingsInputSchema,
        response: { 200: meetingRoomSchema },
      },
    },
    (request) => saveMeetingRoom(ctx, request.caller, request.params.roomId, request.body, localeOf(request)),
  );
  app.get(
    '/api/admin/meeting-rooms/:roomId/closures',
    { schema: { tags, params: roomParamsSchema, response: { 200: closureListSchema } } },
    (request) => listClosures(ctx, request.caller, request.params.roomId),
  );
  app.post(
    '/api/admin/meeting-rooms/:roomId/closures',
    {
      schema: {
        tags,
        params: roomParamsSchema,
        body: createClosureInputSchema,
        response: { 201: closureCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createClosure(ctx, request.caller, request.params.roomId, request.body)),
  );
  app.delete(
    '/api/admin/meeting-closures/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await deleteClosure(ctx, request.caller, request.params.id);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/admin/meeting-rooms/:roomId/check-in-qr.svg',
    { schema: { tags, params: roomParamsSchema, response: { 200: svgSchema } } },
    async (request, reply) => {
      const { svg } = await roomCheckInQr(ctx, request.caller, request.params.roomId, originOf(ctx, request));
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(svg);
    },
  );
  app.get(
    '/api/admin/meeting-rooms/statistics',
    { schema: { tags, querystring: roomStatsQuerySchema, response: { 200: roomStatsSchema } } },
    (request) => getRoomStatistics(ctx, request.caller, request.query, localeOf(request)),
  );
  app.get(
    '/api/admin/meeting-rooms/statistics/export.xlsx',
    { schema: { tags, querystring: roomStatsQuerySchema, response: { 200: spreadsheetSchema } } },
    async (request, reply) =>
      sendStatisticsWorkbook(
        reply,
        await getRoomStatistics(ctx, request.caller, request.query, localeOf(request)),
      ),
  );

  app.get(
    '/api/meeting-services/tasks',
    { schema: { tags, querystring: serviceTasksQuerySchema, response: { 200: serviceTaskListSchema } } },
    (request) => listServiceTasks(ctx, request.caller, request.query),
  );
  app.post(
    '/api/meeting-services/tasks/:id/done',
    { schema: { tags, params: idParamsSchema, response: { 200: serviceTaskSchema } } },
    (request) => completeServiceTask(ctx, request.caller, request.params.id),
  );
};
