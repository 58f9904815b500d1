import {
  announcementPageSchema,
  announcementSchema,
  listAnnouncementsQuerySchema,
  publishAnnouncementInputSchema,
} from '@houqin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { listAnnouncements, publishAnnouncement } from './service';

const tags = ['announcements'];

/** 通知公告 (logistics_admin, sysadmin): publish one to everyone, a unit or a role; list what went out. */
export const announcementRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/admin/announcements',
    {
      schema: { tags, body: publishAnnouncementInputSchema, response: { 201: announcementSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await publishAnnouncement(ctx, request.caller, request.body)),
  );

  app.get(
    '/api/admin/announcements',
    {
      schema: { tags, querystring: listAnnouncementsQuerySchema, response: { 200: announcementPageSchema } },
    },
    async (request) => listAnnouncements(ctx, request.caller, request.query),
  );
};
